package io.github.inovasi.model;

/** Word counting shared by the narratives of profiles and proposals. */
final class Words {
  private Words() {}

  /** Counts runs of non-whitespace characters. */
  static int count(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
