package io.github.inovasi.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a scoring result with {@link ResultWriter}, for any {@code ObjectMapper}. */
final class ResultSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  ResultSerializer(Class<T> type) {
    super(type);
  }

  @Override
  public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
    ResultWriter.write(out, value, handledType());
  }
}
