package io.github.inovasi.io.table;

import java.util.Collection;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The accepted spelling nearest to one that is not: equal once normalised, else within a
 * small edit distance (1 for short words, 2 from three characters, 3 from eight), so a typo
 * gets one suggestion instead of the whole list.
 */
final class Nearest {
  private Nearest() {}

  static Optional<String> among(String wanted, Collection<String> accepted, UnaryOperator<String> normalise) {
    String w = normalise.apply(wanted);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : accepted) {
      String c = normalise.apply(candidate);
      if (c.equals(w)) {
        return Optional.of(candidate);
      }
      int d = distance(w, c);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    int allowed = w.length() >= 8 ? 3 : w.length() >= 3 ? 2 : 1;
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
