package io.github.inovasi.io.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and refuses to read past a limit, so a huge document is stopped after
 * at most {@code limit} bytes instead of filling memory or running for hours.
 */
public final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private long count;
  private boolean atEnd;

  public LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  public long count() {
    return count;
  }

  /** Whether the underlying stream has ended (the whole input was read). */
  public boolean atEnd() {
    return atEnd;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    } else {
      atEnd = true;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      add(n);
    } else if (n < 0) {
      atEnd = true;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    add(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void add(long n) throws LimitExceededException {
    count += n;
    if (count > limit) {
      throw new LimitExceededException(
          "document size", limit, "more than " + limit + " bytes");
    }
  }
}
