package io.github.inovasi.model;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.inovasi.model.internal.InovasiStyle;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A bilingual text: the Indonesian wording used in official documents and its English
 * rendering. Every code list, indicator level and problem message carries one, so a portal
 * can show either language.
 *
 * <pre>{@code
 * Label stage = Label.of("Penerapan", "Implementation");
 * stage.in(Locale.forLanguageTag("id")); // "Penerapan"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Label {
  Label() {}

  /**
   * Returns the Indonesian text (bahasa Indonesia), as in the official source.
   *
   * @return the Indonesian text, never blank
   */
  @Value.Parameter
  public abstract String indonesian();

  /**
   * Returns the English text.
   *
   * @return the English text, never blank
   */
  @Value.Parameter
  public abstract String english();

  /**
   * Returns the text for a locale: Indonesian for {@code id} / {@code in}, English otherwise.
   *
   * @param locale the reader's locale
   * @return the text in that language
   */
  public final String in(Locale locale) {
    checkNotNull(locale, "locale");
    String language = locale.getLanguage();
    return "id".equals(language) || "in".equals(language) ? indonesian() : english();
  }

  /**
   * Creates a label.
   *
   * @param indonesian the Indonesian text
   * @param english the English text
   * @return the label
   * @throws InvalidValueException if either text is blank
   */
  public static Label of(String indonesian, String english) {
    return ImmutableLabel.of(indonesian, english);
  }

  @Value.Check
  void check() {
    InvalidValueException.check(!indonesian().isBlank(), "Label.indonesian", "must not be blank");
    InvalidValueException.check(!english().isBlank(), "Label.english", "must not be blank");
  }

  /** Returns {@code "indonesian / english"}, or one text when both are the same. */
  @Override
  public String toString() {
    return indonesian().equals(english()) ? indonesian() : indonesian() + " / " + english();
  }
}
