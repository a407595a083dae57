package io.github.inovasi.io.table;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cell text as Indonesian offices write it: dates as {@code 2025-03-31}, {@code 31/3/2025},
 * {@code 31-03-2025} or {@code 31 Maret 2025} (Indonesian or English month names, any case),
 * and, in a decimal-comma dialect, {@code 8,5} for 8.5. Every form is parsed strictly: day 31
 * of a 30-day month, a two-digit year or a month name misspelled is not a date.
 */
final class DialectText {
  private DialectText() {}

  static final String DATE_EXPECTED = "a date such as 2025-03-31, 31/3/2025, 31-03-2025 or 31 Maret 2025";

  private static final DateTimeFormatter SLASHES =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DASHES =
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final List<DateTimeFormatter> NAMED = List.of(named(new String[] {
      "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"}),
      named(new String[] {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}));
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
  /** One point and three digits after it: 1.5 typed with a point, or 1500 with a thousands point. */
  private static final Pattern AMBIGUOUS = Pattern.compile("-?\\d{1,3}\\.\\d{3}");
  /** Points grouping thousands, then perhaps a decimal comma: 1.500.000 or 1.500,25. */
  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

  static final String AMBIGUOUS_EXPECTED = "a decimal comma (1,5) or no thousands point (1500)";

  private static DateTimeFormatter named(String[] months) {
    Map<Long, String> names = new HashMap<>();
    for (int m = 0; m < 12; m++) {
      names.put((long) m + 1, months[m]);
    }
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE)
        .appendLiteral(' ')
        .appendText(ChronoField.MONTH_OF_YEAR, names)
        .appendLiteral(' ')
        .appendValue(ChronoField.YEAR_OF_ERA, 4)
        .toFormatter(Locale.ROOT)
        .withChronology(java.time.chrono.IsoChronology.INSTANCE)
        .withResolverStyle(ResolverStyle.SMART);
  }

  /** Parses a date in any accepted form; null when it is none. */
  static LocalDate date(String text) {
    try {
      if (text.chars().anyMatch(Character::isLetter)) {
        return named(SPACES.matcher(text.strip()).replaceAll(" "));
      }
      if (text.contains("/")) {
        return LocalDate.parse(text, SLASHES);
      }
      if (text.matches("\\d{1,2}-\\d{1,2}-\\d{4}")) {
        return LocalDate.parse(text, DASHES);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static LocalDate named(String text) {
    for (DateTimeFormatter f : NAMED) {
      try {
        LocalDate date = LocalDate.parse(text, f);
        // SMART resolving would move 31 April to 30 April: refuse any date that does not print back.
        String day = text.substring(0, text.indexOf(' '));
        if (Integer.parseInt(day) == date.getDayOfMonth()) {
          return date;
        }
        return null;
      } catch (DateTimeParseException e) {
        // try the next language
      }
    }
    return null;
  }

  /**
   * In a decimal-comma dialect, {@code 8,5} is 8.5 and points group thousands ({@code 1.500.000},
   * {@code 1.500,25}); any other text is left as typed. Null when the text reads two ways:
   * {@code 1.500} is 1.5 to whoever typed a point and 1500 to Excel where the comma is decimal.
   */
  static String decimalPoint(String text) {
    if (DECIMAL_COMMA.matcher(text).matches()) {
      return text.replace(',', '.');
    }
    if (AMBIGUOUS.matcher(text).matches()) {
      return null;
    }
    if (GROUPED.matcher(text).matches()) {
      return text.replace(".", "").replace(',', '.');
    }
    return text;
  }
}
