package io.github.inovasi.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads, writes and describes one kind of JSON value. The three views come from one
 * definition, so the reader, the writer and the published JSON Schema cannot drift apart.
 *
 * @param <V> the value type
 */
interface Codec<V> {

  /**
   * Reads the value at the parser's current token. When the value is wrong, logs a located
   * problem, skips the value and returns {@code null}.
   */
  V read(JsonIn in) throws IOException;

  /** Writes the value. */
  void write(JsonGenerator out, V value) throws IOException;

  /** Returns the JSON Schema of the value, registering named definitions in {@code schemas}. */
  ObjectNode schema(Schemas schemas);
}
