package io.github.inovasi.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.model.InovasiException;
import java.io.IOException;

/** Writes the envelope, then one record at a time, then closes the brackets. */
final class JsonRecordWriter<T> implements RecordWriter<T> {
  private final JsonGenerator out;
  private final JsonKind<T> kind;
  private int written;
  private boolean closed;

  JsonRecordWriter(JsonGenerator out, JsonKind<T> kind) throws IOException {
    this.out = out;
    this.kind = kind;
    out.writeStartObject();
    out.writeNumberField("formatVersion", DocumentReader.FORMAT_VERSION);
    out.writeStringField("kind", kind.id());
    if (!kind.isSingle()) {
      out.writeFieldName(kind.id());
      out.writeStartArray();
    }
  }

  @Override
  public void write(T record) throws IOException {
    if (closed) {
      throw new InovasiException("the " + kind.id() + " writer is closed");
    }
    if (kind.isSingle()) {
      if (written > 0) {
        throw new InovasiException("a " + kind.id() + " document holds exactly one record");
      }
      kind.shape().writeFields(out, record);
    } else {
      kind.shape().write(out, record);
    }
    written++;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (kind.isSingle() && written == 0) {
      out.close();
      throw new InovasiException("a " + kind.id() + " document needs its one record; none was written");
    }
    if (!kind.isSingle()) {
      out.writeEndArray();
    }
    out.writeEndObject();
    out.close();
  }
}
