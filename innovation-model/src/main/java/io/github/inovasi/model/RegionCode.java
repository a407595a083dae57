package io.github.inovasi.model;

import org.jspecify.annotations.Nullable;
import java.util.Optional;

/**
 * A Kemendagri region code (kode wilayah): {@code "35"} for a province, {@code "35.72"} for a
 * kabupaten or kota inside province 35.
 *
 * <pre>{@code
 * RegionCode surabaya = RegionCode.parse("35.78");
 * surabaya.provinceCode(); // RegionCode "35"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the code text, two digits, optionally a dot and two more digits
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

  /**
   * Checks the code's form.
   *
   * @param value the code text, two digits, optionally a dot and two more digits
   * @throws InvalidValueException if the code is not {@code NN} or {@code NN.NN}
   */
  public RegionCode {
    InvalidValueException.check(
        value != null && value.matches("\\d{2}(\\.\\d{2})?"),
        "RegionCode.value",
        ProblemCodes.INVALID_VALUE,
        Label.of("Kode wilayah Kemendagri harus seperti 35 (provinsi) atau 35.72 (kabupaten/kota)",
            "A Kemendagri region code looks like 35 (province) or 35.72 (kabupaten/kota)"),
        value);
  }

  /**
   * Parses a code.
   *
   * @param text the code, e.g. {@code "35.72"}; surrounding spaces are allowed
   * @return the code
   * @throws InvalidValueException if the text is not a region code
   */
  @SuppressWarnings("NullAway") // the constructor reports a null code as an invalid value
  public static RegionCode parse(@Nullable String text) {
    return new RegionCode(text == null ? null : text.strip());
  }

  /**
   * Returns whether this is a province code (two digits).
   *
   * @return true for {@code "35"}, false for {@code "35.72"}
   */
  public boolean isProvince() {
    return value.length() == 2;
  }

  /**
   * Returns the code of the province this region lies in (itself for a province).
   *
   * @return the province code
   */
  public RegionCode provinceCode() {
    return isProvince() ? this : new RegionCode(value.substring(0, 2));
  }

  /**
   * Returns the parent province, or empty for a province.
   *
   * @return the province code of a kabupaten or kota
   */
  public Optional<RegionCode> parent() {
    return isProvince() ? Optional.empty() : Optional.of(provinceCode());
  }

  @Override
  public int compareTo(RegionCode other) {
    return value.compareTo(other.value);
  }

  /** Returns the code text, e.g. {@code "35.72"}. */
  @Override
  public String toString() {
    return value;
  }
}
