package io.github.inovasi.io.internal;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking they are well-formed UTF-8 and counting lines, so an
 * invalid sequence is reported at its line (a decoder reading ahead in blocks cannot say where).
 * Rejects stray continuation bytes, truncated sequences, overlong forms and surrogates.
 */
public final class Utf8Validator extends FilterInputStream {
  /** Thrown at the first invalid byte; carries its 1-based line. */
  public static final class InvalidUtf8Exception extends CharConversionException {
    private static final long serialVersionUID = 1L;
    private final int line;

    InvalidUtf8Exception(int line, int value) {
      super(String.format("invalid UTF-8 byte 0x%02X on line %d", value, line));
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  private int line = 1;
  private int pending;
  private int min;
  private int codePoint;

  public Utf8Validator(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      check(b);
    } else if (pending > 0) {
      throw new InvalidUtf8Exception(line, 0);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      check(buffer[offset + i] & 0xFF);
    }
    if (n < 0 && pending > 0) {
      throw new InvalidUtf8Exception(line, 0);
    }
    return n;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void check(int b) throws InvalidUtf8Exception {
    if (pending > 0) {
      if ((b & 0xC0) != 0x80) {
        throw new InvalidUtf8Exception(line, b);
      }
      codePoint = (codePoint << 6) | (b & 0x3F);
      if (--pending == 0 && (codePoint < min || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF)) {
        throw new InvalidUtf8Exception(line, b);
      }
      return;
    }
    if (b < 0x80) {
      if (b == '\n') {
        line++;
      }
    } else if ((b & 0xE0) == 0xC0) {
      start(b & 0x1F, 1, 0x80);
    } else if ((b & 0xF0) == 0xE0) {
      start(b & 0x0F, 2, 0x800);
    } else if ((b & 0xF8) == 0xF0) {
      start(b & 0x07, 3, 0x10000);
    } else {
      throw new InvalidUtf8Exception(line, b);
    }
  }

  private void start(int bits, int continuation, int minimum) {
    codePoint = bits;
    pending = continuation;
    min = minimum;
  }
}
