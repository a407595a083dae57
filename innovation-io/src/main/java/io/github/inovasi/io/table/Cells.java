package io.github.inovasi.io.table;

import io.github.inovasi.model.CodedValue;
import io.github.inovasi.model.GovernmentAffair;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

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

  /**
   * Finds a coded constant by its code, its Java name, or its Indonesian or English label,
   * ignoring case, spaces and hyphens; an affair also by its number. Null when none matches.
   */
  static <E extends Enum<E> & CodedValue> E coded(Class<E> type, String text) {
    String wanted = normalise(text);
    for (E e : type.getEnumConstants()) {
      if (normalise(e.code()).equals(wanted)
          || normalise(e.name()).equals(wanted)
          || normalise(e.label().indonesian()).equals(wanted)
          || normalise(e.label().english()).equals(wanted)) {
        return e;
      }
    }
    if (GovernmentAffair.class.equals(type) && text.strip().matches("\\d{1,2}")) {
      int number = Integer.parseInt(text.strip());
      for (E e : type.getEnumConstants()) {
        if (((GovernmentAffair) e).number() == number) {
          return e;
        }
      }
    }
    return null;
  }

  static String normalise(String text) {
    return text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
  }

  /** Normalises a header: lower case, spaces and hyphens to underscores. */
  static String header(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
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
