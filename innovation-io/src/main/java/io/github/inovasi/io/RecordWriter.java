package io.github.inovasi.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes records one at a time to a document or table, so a national file is written with
 * memory bounded by one record. {@link #close()} finishes the document (closing brackets, the
 * last buffered bytes) and flushes, but leaves the caller's stream open.
 *
 * <pre>{@code
 * try (RecordWriter<Assessment> out = json.writer(stream, JsonKind.ASSESSMENTS)) {
 *   for (Assessment a : assessments) {
 *     out.write(a);
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one writer per thread.
 *
 * @param <T> the record type
 */
public interface RecordWriter<T> extends Closeable {

  /**
   * Writes one record.
   *
   * @param record the record
   * @throws IOException if the underlying stream fails
   */
  void write(T record) throws IOException;

  /**
   * Finishes the document and flushes it, leaving the underlying stream open.
   *
   * @throws IOException if the underlying stream fails
   */
  @Override
  void close() throws IOException;
}
