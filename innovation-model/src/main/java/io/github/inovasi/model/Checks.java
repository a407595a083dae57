package io.github.inovasi.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The per-value rules shared by the value types' {@code @Value.Check} methods. Each rule has
 * one problem code; the validator reports a builder's failure with the same code.
 */
final class Checks {
    private Checks() {}

  static void notBlank(String text, String field) {
    InvalidValueException.check(
        !text.isBlank(), field, ProblemCodes.BLANK_TEXT,
        Label.of("Teks tidak boleh kosong", "Text must not be blank"), null);
  }

  static void notBlank(Optional<String> text, String field) {
    InvalidValueException.check(
        text.map(t -> !t.isBlank()).orElse(true), field, ProblemCodes.BLANK_TEXT,
        Label.of("Teks tidak boleh kosong; biarkan tidak diisi bila tidak ada",
            "Text must not be blank; leave it absent instead"), null);
  }

  static void notBlank(Iterable<String> texts, String field) {
    for (String text : texts) {
      notBlank(text, field);
    }
  }

  static void level(OptionalInt level, int min, String field) {
    InvalidValueException.check(
        level.orElse(min) >= min && level.orElse(min) <= 3, field, ProblemCodes.LEVEL_OUT_OF_RANGE,
        Label.of("Level harus " + min + " sampai 3", "Level must be " + min + " to 3"),
        level.isPresent() ? level.getAsInt() : null);
  }
}
