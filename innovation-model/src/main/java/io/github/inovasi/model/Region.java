package io.github.inovasi.model;

import io.github.inovasi.model.internal.InovasiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A regional government (pemerintah daerah, pemda): a province, kabupaten or kota identified
 * by its Kemendagri code, with the attributes that place it in the award categories of the
 * Innovative Government Award (daerah tertinggal, daerah perbatasan, regional group).
 *
 * <p>The real list of 38 provinces and 514 kabupaten/kota ships with the library; see
 * {@link io.github.inovasi.model.reference.RegionDirectory}.
 *
 * <pre>{@code
 * Region kab = Region.builder()
 *     .code(RegionCode.parse("53.14"))
 *     .name("KABUPATEN ROTE NDAO")
 *     .level(RegionLevel.KABUPATEN)
 *     .disadvantaged(true)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Region implements WithRegion {
  Region() {}

  /**
   * Returns the Kemendagri code (kode wilayah).
   *
   * @return the code, e.g. {@code 35.72}
   */
  public abstract RegionCode code();

  /**
   * Returns the official name as published, e.g. {@code "KABUPATEN ROTE NDAO"}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the level: provinsi, kabupaten or kota.
   *
   * @return the level
   */
  public abstract RegionLevel level();

  /**
   * Returns the province this region lies in (its own code for a province).
   *
   * @return the province code
   */
  @Value.Derived
  public RegionCode provinceCode() {
    return code().provinceCode();
  }

  /**
   * Returns whether the region is autonomous (daerah otonom) and so assessed on its own. The
   * five kota administrasi of DKI Jakarta and its kabupaten administrasi are not.
   *
   * @return true for an autonomous region (the default)
   */
  @Value.Default
  public boolean autonomous() {
    return true;
  }

  /**
   * Returns whether the region is a daerah tertinggal (disadvantaged region).
   *
   * @return true for a daerah tertinggal
   */
  @Value.Default
  public boolean disadvantaged() {
    return false;
  }

  /**
   * Returns whether the region is a daerah perbatasan (border region).
   *
   * @return true for a daerah perbatasan
   */
  @Value.Default
  public boolean border() {
    return false;
  }

  /**
   * Returns the IGA regional group (Regional I Sumatera, II Jawa, III Kalimantan-Sulawesi,
   * IV the rest), when known.
   *
   * @return the regional group
   */
  public abstract Optional<RegionalGroup> regionalGroup();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "Region.name");
    InvalidValueException.check(
        code().isProvince() == (level() == RegionLevel.PROVINSI),
        "Region.code",
        ProblemCodes.REGION_CODE_LEVEL,
        Label.of("Provinsi memakai kode dua angka (35), kabupaten/kota kode NN.NN (35.72)",
            "A province has a two-digit code (35), a kabupaten or kota an NN.NN code (35.72)"),
        level() + " " + code());
  }

  /** Returns {@code "35.72 KOTA BLITAR"}. */
  @Override
  public String toString() {
    return code() + " " + name();
  }

  /** Builds {@link Region}s. */
  public static final class Builder extends ImmutableRegion.Builder {
    Builder() {}
  }
}
