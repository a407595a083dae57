package io.github.inovasi.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.inovasi.io.ReadLimits;
import io.github.inovasi.io.internal.ProblemLog;
import io.github.inovasi.model.InvalidInputException;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads a model value with its codec, for any {@code ObjectMapper}. Every problem of the value
 * is collected; if there is any, Jackson gets one located {@link JsonMappingException} whose
 * cause is an {@link InvalidInputException} carrying all of them.
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  CodecDeserializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
    ProblemLog log = new ProblemLog(Optional.empty(), ReadLimits.defaults().maxProblems());
    T value = codec.read(new JsonIn(p, log));
    if (value == null || log.hasErrors()) {
      InvalidInputException problems = log.exception(handledType().getSimpleName());
      throw JsonMappingException.from(p, problems.getMessage(), problems);
    }
    return value;
  }

  @Override
  public T getNullValue(DeserializationContext context) throws JsonMappingException {
    // The Inovasi format never holds null: a null where a value is due is an error.
    throw JsonMappingException.from(
        context, handledType().getSimpleName() + " must not be null (omit an optional field)");
  }
}
