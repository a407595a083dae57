package io.github.inovasi.model;

import io.github.inovasi.model.internal.InovasiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A regional agency (perangkat daerah, OPD) or a unit under one (UPTD, puskesmas, sekolah,
 * kecamatan): the body that runs an innovation. Units name their parent agency.
 *
 * <pre>{@code
 * Agency health = Agency.builder()
 *     .id("dinkes").name("Dinas Kesehatan").kind(AgencyKind.REGIONAL_AGENCY)
 *     .region(RegionCode.parse("53.14")).build();
 * Agency baa = Agency.builder()
 *     .id("pkm-baa").name("Puskesmas Ba'a").kind(AgencyKind.HEALTH_CENTRE)
 *     .region(RegionCode.parse("53.14")).parentId("dinkes").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Agency implements WithAgency {
  Agency() {}

  /**
   * Returns the id of the agency, unique within its region (a code or a short name).
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the name (nama perangkat daerah / unit).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns what kind of agency or unit this is.
   *
   * @return the kind
   */
  public abstract AgencyKind kind();

  /**
   * Returns the region the agency belongs to.
   *
   * @return the region code
   */
  public abstract RegionCode region();

  /**
   * Returns the id of the agency this unit falls under (induk), e.g. the Dinas Kesehatan of a
   * puskesmas.
   *
   * @return the parent agency's id, empty for a top-level agency
   */
  public abstract Optional<String> parentId();

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
    Checks.notBlank(id(), "Agency.id");
    Checks.notBlank(name(), "Agency.name");
    Checks.notBlank(parentId(), "Agency.parentId");
    InvalidValueException.check(
        !parentId().equals(Optional.of(id())), "Agency.parentId", ProblemCodes.AGENCY_OWN_PARENT,
        Label.of("Perangkat daerah tidak boleh menjadi induk dirinya sendiri",
            "An agency cannot be its own parent"),
        id());
  }

  /** Returns {@code "id name"}. */
  @Override
  public String toString() {
    return id() + " " + name();
  }

  /** Builds {@link Agency} values. */
  public static final class Builder extends ImmutableAgency.Builder {
    Builder() {}
  }
}
