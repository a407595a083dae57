package io.github.inovasi.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Code lookups shared by the code-list enums; one place for the error message. */
final class CodeLookup {
  private CodeLookup() {}

  /**
   * Finds the constant with a code, ignoring case, surrounding spaces and the difference
   * between spaces, hyphens and underscores, so {@code "uji coba"} finds {@code UJI_COBA}; the
   * English constant name ({@code "TRIAL"}) is accepted too.
   */
  static <E extends Enum<E> & CodedValue> E of(Class<E> type, String code) {
    String wanted = normalise(code);
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(wanted) || e.name().equals(wanted)) {
        return e;
      }
    }
    throw new InvalidValueException(
        type.getSimpleName() + ".code",
        String.format(Locale.ROOT, "unknown %s code '%s'; known codes: %s",
            type.getSimpleName(), code,
            Arrays.stream(type.getEnumConstants()).map(CodedValue::code)
                .collect(Collectors.joining(", "))));
  }

  static String normalise(String code) {
    if (code == null) {
      return "";
    }
    return code.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }
}
