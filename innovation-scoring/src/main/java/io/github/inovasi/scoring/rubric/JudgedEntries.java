package io.github.inovasi.scoring.rubric;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads a file of entries judged by a panel (format {@code inovasi-judged-entries}, see
 * docs/rubrics.md): each entry's id, name, unit and every judge's score of every criterion.
 * Every problem is reported with its line, column and JSON pointer, in Indonesian and English;
 * a region entry's id must be a Kemendagri region code.
 *
 * <pre>{@code
 * {"format": "inovasi-judged-entries", "formatVersion": 1, "entries": [
 *   {"id": "dinkes-01", "name": "Si-Sehat", "unit": "innovation",
 *    "scores": {"J1": {"kebaruan": 5, "efektif": 4}, "J2": {"kebaruan": 4, "efektif": 4}}}]}
 * }</pre>
 */
public final class JudgedEntries {
  private JudgedEntries() {}

  /**
   * Reads an entries file.
   *
   * @param file the file
   * @return the entries, in file order
   * @throws InvalidInputException listing every problem with its location
   * @throws InovasiException if the file cannot be read
   */
  public static ImmutableList<JudgedEntry> read(Path file) {
    return JudgedEntriesReader.read(file);
  }

  /**
   * Reads entries from a stream.
   *
   * @param in the JSON text; not closed
   * @param source the name used in problem locations
   * @return the entries, in order
   * @throws InvalidInputException listing every problem with its location
   */
  public static ImmutableList<JudgedEntry> read(InputStream in, String source) {
    return JudgedEntriesReader.read(in, source);
  }

  /**
   * Returns whether a file starts like a judged entries file, by its format field.
   *
   * @param head the first characters of the file
   * @return true when it names the format {@code inovasi-judged-entries}
   */
  public static boolean looksLike(String head) {
    return head.matches("(?s)\\s*\\{\\s*\"format\"\\s*:\\s*\"" + JudgedEntriesReader.FORMAT + "\".*");
  }
}
