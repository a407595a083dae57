package io.github.inovasi.io.table;

import io.github.inovasi.io.internal.Encodings;
import io.github.inovasi.io.internal.LimitExceededException;
import io.github.inovasi.io.internal.ProblemLog;
import io.github.inovasi.io.internal.Utf8Validator;
import io.github.inovasi.model.Label;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens the text of a CSV file in its dialect: the encoding (given, or told by a byte order
 * mark or by zero bytes for UTF-16, else UTF-8; a Windows-1252 file must be named, since its
 * bytes cannot be told from broken UTF-8) and the column separator (given, or the one of
 * {@code ,} {@code ;} tab that splits the first lines into the most cells). Only the head of
 * the file is looked at; every decoder is strict, so a byte that is not text in the chosen
 * encoding is an error, never a replacement character.
 */
final class CsvText {
  private static final int HEAD = 64 * 1024;

  final Reader reader;
  final char separator;

  private CsvText(Reader reader, char separator) {
    this.reader = reader;
    this.separator = separator;
  }

  /** Whether numbers in this dialect use a decimal comma: Excel's {@code ;} CSV does. */
  boolean decimalComma() {
    return separator == ';';
  }

  /** Opens the text, or returns null after logging why it cannot be read. */
  static CsvText open(InputStream in, TableDialect dialect, ProblemLog log) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, HEAD);
    byte[] head;
    buffered.mark(HEAD);
    try {
      head = buffered.readNBytes(HEAD);
    } catch (LimitExceededException e) {
      log.error(log.at().build(), "LIMIT_EXCEEDED",
          Label.of("Batas keamanan terlampaui; pembacaan dihentikan", "Safety limit exceeded; reading stopped"), null, e.getMessage());
      return null;
    }
    buffered.reset();
    Charset charset = dialect.encoding().orElseGet(() -> sniff(head));
    Reader reader;
    if (charset.equals(StandardCharsets.UTF_8)) {
      InputStream utf8 = Encodings.utf8(buffered, log);
      if (utf8 == null) {
        return null;
      }
      reader = new InputStreamReader(new Utf8Validator(utf8), strict(StandardCharsets.UTF_8));
    } else {
      reader = new InputStreamReader(buffered, strict(charset));
    }
    char separator = dialect.delimiter().orElseGet(() -> separator(new String(head, charset)));
    return new CsvText(reader, separator);
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The encoding told by the head's bytes (UTF-32 is refused with its name by Encodings). */
  private static Charset sniff(byte[] head) {
    int n = head.length;
    int b0 = n > 0 ? head[0] & 0xFF : -1;
    int b1 = n > 1 ? head[1] & 0xFF : -1;
    int b2 = n > 2 ? head[2] & 0xFF : -1;
    int b3 = n > 3 ? head[3] & 0xFF : -1;
    boolean utf32 = (b0 == 0 && b1 == 0) || (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0);
    if (utf32) {
      return StandardCharsets.UTF_8; // refused with its name by Encodings
    }
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      return StandardCharsets.UTF_16; // the decoder reads and drops the mark
    }
    if (n >= 2 && b0 == 0) {
      return StandardCharsets.UTF_16BE;
    }
    if (n >= 2 && b1 == 0) {
      return StandardCharsets.UTF_16LE;
    }
    // Text that is not UTF-8 is refused at its line with the advice to give --encoding
    // (Windows-1252 cannot be told from broken UTF-8 by its bytes).
    return StandardCharsets.UTF_8;
  }

  /**
   * The separator that splits one of the first lines (outside quotes) into the most cells. On a
   * tie {@code ;} wins, since a {@code ;} file's decimal commas can split a row as often.
   */
  static char separator(String head) {
    char best = ',';
    int bestCount = 0;
    for (char candidate : new char[] {';', '\t', ','}) {
      int most = 0;
      int count = 0;
      int lines = 0;
      boolean quoted = false;
      for (int i = 0; i < head.length() && lines < 20; i++) {
        char c = head.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && c == candidate) {
          count++;
        } else if (!quoted && c == '\n') {
          most = Math.max(most, count);
          count = 0;
          lines++;
        }
      }
      most = Math.max(most, count);
      if (most > bestCount) {
        best = candidate;
        bestCount = most;
      }
    }
    return best;
  }
}
