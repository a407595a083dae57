package io.github.inovasi.io.table;

import io.github.inovasi.model.CodedValue;
import io.github.inovasi.model.GovernmentAffair;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Parsing and printing of cell text: coded values, dates, booleans, formula neutralisation. */
final class Cells {
  private Cells() {}

  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  static final String DATE_EXPECTED = "a date such as 2025-03-31 or 31/3/2025";

  /** Parses an ISO date or the d/M/yyyy form people type; null when it is neither. */
  static LocalDate date(String text) {
    try {
      return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Parses ya/tidak, yes/no, true/false; null otherwise. */
  static Boolean bool(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "ya":
      case "yes":
      case "true":
        return Boolean.TRUE;
      case "tidak":
      case "no":
      case "false":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  static String bool(boolean value) {
    return value ? "ya" : "tidak";
  }

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

  /** Per coded type, every accepted spelling (normalised) to its constant; built once. */
  private static final ClassValue<Map<String, Object>> SPELLINGS =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> all = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            CodedValue c = (CodedValue) constant;
            for (String spelling :
                List.of(c.code(), ((Enum<?>) constant).name(), c.label().indonesian(), c.label().english())) {
              all.putIfAbsent(normalise(spelling), constant);
            }
            if (constant instanceof GovernmentAffair) {
              all.putIfAbsent(String.valueOf(((GovernmentAffair) constant).number()), constant);
            }
          }
          return Map.copyOf(all);
        }
      };

  /**
   * Finds a coded constant by its code, its Java name, or its Indonesian or English label,
   * ignoring case, spaces and hyphens; an affair also by its number. Null when none matches.
   */
  static <E extends Enum<E> & CodedValue> E coded(Class<E> type, String text) {
    String wanted = normalise(text);
    if (wanted.length() > 1 && wanted.startsWith("0")) {
      wanted = wanted.replaceFirst("^0+(?=\\d)", "");
    }
    return type.cast(SPELLINGS.get(type).get(wanted));
  }

  static String normalise(String text) {
    return SEPARATORS.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceAll("_");
  }

  /** Normalises a header: lower case, spaces and hyphens to underscores. */
  static String header(String text) {
    return SEPARATORS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
  }

  /**
   * Whether text would run as a formula in a spreadsheet (CSV injection): it starts with
   * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return.
   */
  static boolean looksLikeFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** Neutralises text for export: a leading formula character gets a quote in front. */
  static String neutralise(String text) {
    return looksLikeFormula(text) || text.startsWith("'") ? "'" + text : text;
  }

  /** Undoes {@link #neutralise} on import; null when the text is a live formula. */
  static String unneutralise(String text) {
    if (text.startsWith("'") && (looksLikeFormula(text.substring(1)) || text.substring(1).startsWith("'"))) {
      return text.substring(1);
    }
    return looksLikeFormula(text) ? null : text;
  }
}
