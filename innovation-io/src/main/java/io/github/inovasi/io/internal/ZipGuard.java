package io.github.inovasi.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Inspects a zipped file (an .xlsx workbook) before any parser sees it: every entry is
 * inflated and counted (declared sizes can lie), and the file is refused when the total
 * exceeds the document limit, an entry's ratio of inflated to compressed size exceeds the
 * ratio limit (past the first MiB, where honest XML compresses at most some 20:1), or it has
 * more entries than any workbook needs. Memory stays bounded by one buffer.
 */
public final class ZipGuard {
  private static final int MAX_ENTRIES = 10_000;
  private static final long RATIO_FLOOR = 1L << 20;

  private ZipGuard() {}

  /** Throws {@link LimitExceededException} when the file breaks a limit. */
  public static void check(Path file, long maxBytes, int maxRatio) throws IOException {
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry entry = all.nextElement();
        if (++entries > MAX_ENTRIES) {
          throw new LimitExceededException("zip entries", MAX_ENTRIES, "more entries");
        }
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long inflated = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          int n;
          while ((n = in.read(buffer)) > 0) {
            inflated += n;
            total += n;
            if (total > maxBytes) {
              throw new LimitExceededException(
                  "uncompressed size", maxBytes, "more than " + maxBytes + " bytes once unzipped");
            }
            if (inflated > RATIO_FLOOR && inflated / compressed > maxRatio) {
              throw new LimitExceededException(
                  "compression ratio",
                  maxRatio,
                  entry.getName() + " inflates more than " + maxRatio + " times its compressed size");
            }
          }
        }
      }
    }
  }
}
