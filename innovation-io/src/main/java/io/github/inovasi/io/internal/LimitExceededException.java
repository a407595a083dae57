package io.github.inovasi.io.internal;

import java.io.IOException;

/**
 * Stops a read at a limit. An {@link IOException} so that it passes through parsers unchanged;
 * readers catch it and report a located {@code LIMIT_EXCEEDED} problem.
 */
public final class LimitExceededException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String limitName;
  private final long limit;
  private final String found;

  public LimitExceededException(String limitName, long limit, String found) {
    super(limitName + " limit of " + limit + " exceeded: " + found);
    this.limitName = limitName;
    this.limit = limit;
    this.found = found;
  }

  public String limitName() {
    return limitName;
  }

  public long limit() {
    return limit;
  }

  public String found() {
    return found;
  }
}
