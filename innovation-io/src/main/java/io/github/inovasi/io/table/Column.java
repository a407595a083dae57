package io.github.inovasi.io.table;

/**
 * A column of a table: its key, Indonesian and English headers (both accepted on import) and
 * whether the header must be present.
 */
record Column(String key, String indonesian, String english, boolean required) {

  static Column required(String indonesian, String english) {
    return new Column(english, indonesian, english, true);
  }

  static Column optional(String indonesian, String english) {
    return new Column(english, indonesian, english, false);
  }
}
