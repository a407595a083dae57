package io.github.inovasi.io.internal;

import io.github.inovasi.model.Label;
import io.github.inovasi.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * Inovasi's text formats are UTF-8. A UTF-8 byte order mark is skipped with a warning (Excel
 * writes one); UTF-16 and UTF-32 (with or without a mark) are refused with an error naming the
 * encoding, rather than read as garbage. Invalid UTF-8 sequences are found by the parsers.
 */
public final class Encodings {
  private Encodings() {}

  /**
   * Returns the stream positioned after a UTF-8 byte order mark, or {@code null} after logging
   * an error when the text is not UTF-8.
   */
  public static InputStream utf8(InputStream in, ProblemLog log) throws IOException {
    PushbackInputStream p = new PushbackInputStream(in, 4);
    byte[] head = new byte[4];
    int n = p.readNBytes(head, 0, 4);
    int b0 = n > 0 ? head[0] & 0xFF : -1;
    int b1 = n > 1 ? head[1] & 0xFF : -1;
    int b2 = n > 2 ? head[2] & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      log.add(
          Problem.builder()
              .code("BYTE_ORDER_MARK")
              .severity(Problem.Severity.WARNING)
              .location(log.at().line(1).column(1).build())
              .message(
                  Label.of(
                      "Berkas diawali tanda urutan byte UTF-8 (BOM); diabaikan",
                      "File starts with a UTF-8 byte order mark (BOM); ignored"))
              .build());
      p.unread(head, 3, n - 3);
      return p;
    }
    String other = null;
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      other = n == 4 && b2 == 0 && head[3] == 0 ? "UTF-32LE" : "UTF-16";
    } else if (b0 == 0 && b1 == 0) {
      other = "UTF-32";
    } else if (n >= 2 && (b0 == 0 || b1 == 0)) {
      other = "UTF-16";
    }
    if (other != null) {
      log.error(
          log.at().line(1).column(1).build(),
          "UNSUPPORTED_ENCODING",
          Label.of(
              "Berkas tidak dalam UTF-8 (tampaknya " + other + "); simpan ulang sebagai UTF-8",
              "File is not UTF-8 (looks like " + other + "); save it again as UTF-8"),
          "UTF-8",
          other);
      return null;
    }
    if (n > 0) {
      p.unread(head, 0, n);
    }
    return p;
  }
}
