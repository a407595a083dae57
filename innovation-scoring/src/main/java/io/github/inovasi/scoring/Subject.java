package io.github.inovasi.scoring;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Region;
import java.util.Objects;
import java.util.Optional;

/**
 * What one {@link ScoreResult} is about: its {@link ScoredUnit}, a stable id unique among the
 * results ranked together, a name for people, and the region it belongs to when known. A
 * region's subject has the region's code as id.
 *
 * <pre>{@code
 * Subject.of(region);                                          // id "35.72"
 * Subject.of(ScoredUnit.INNOVATION, "dinkes-01", "Si-Sehat");  // an agency's entry
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit what kind of thing was scored
 * @param id a stable id, e.g. a region code or an entry number
 * @param name the name shown to people
 * @param region the region it belongs to, if known; always present for a region
 */
public record Subject(ScoredUnit unit, String id, String name, Optional<Region> region) {

  /**
   * Checks the subject.
   *
   * @param unit what kind of thing was scored
   * @param id a stable id, e.g. a region code or an entry number
   * @param name the name shown to people
   * @param region the region it belongs to, if known; always present for a region
   * @throws InvalidValueException if the id or name is blank, or a region subject has no region
   *     or an id other than its code
   */
  public Subject {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    InvalidValueException.check(!id.isBlank(), "Subject.id", "must not be blank");
    InvalidValueException.check(!name.isBlank(), "Subject.name", "must not be blank");
    InvalidValueException.check(unit != ScoredUnit.REGION
        || region.map(r -> r.code().toString().equals(id)).orElse(false),
        "Subject.region", "a region subject needs its region, with its code as id; was %s", id);
  }

  /**
   * Returns the subject of a whole region.
   *
   * @param region the region
   * @return the subject, with the region's code as id and its name
   */
  public static Subject of(Region region) {
    return new Subject(ScoredUnit.REGION, region.code().toString(), region.name(), Optional.of(region));
  }

  /**
   * Returns a subject that belongs to no known region.
   *
   * @param unit what was scored
   * @param id a stable id
   * @param name the name shown to people
   * @return the subject
   * @throws InvalidValueException if the unit is {@link ScoredUnit#REGION} or a text is blank
   */
  public static Subject of(ScoredUnit unit, String id, String name) {
    return new Subject(unit, id, name, Optional.empty());
  }
}
