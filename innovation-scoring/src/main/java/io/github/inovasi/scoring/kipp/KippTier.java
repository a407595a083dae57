package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.inovasi.model.KippGroup;
import io.github.inovasi.model.Label;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A selection tier of a KIPP year: who competes for it and how many places it has, in total
 * and per group. Top 99 (general and replication) and the 15 special finalists of 2020 are
 * tiers; so are Top 45 and "Finalis Top Inovasi".
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the tier's id, e.g. {@code "top-99"}
 * @param label the bilingual name
 * @param groups the groups that compete for the tier
 * @param places the number of places in total; empty when only group places are set or the
 *     source gives no number
 * @param groupPlaces the places per group, for groups with a quota of their own
 */
public record KippTier(
    String id, Label label, ImmutableSet<KippGroup> groups, OptionalInt places,
    ImmutableMap<KippGroup, Integer> groupPlaces) {

  /**
   * Checks the parts.
   *
   * @param id the tier's id
   * @param label the bilingual name
   * @param groups the competing groups, not empty
   * @param places the total places, if set
   * @param groupPlaces the places per group, each a competing group
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if no group competes, a number of places is not positive,
   *     or group places name a group that does not compete
   */
  public KippTier {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(places, "places");
    groups = ImmutableSet.copyOf(groups);
    groupPlaces = ImmutableMap.copyOf(groupPlaces);
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("KippTier.groups of " + id + " must not be empty");
    }
    if (places.isPresent() && places.getAsInt() < 1) {
      throw new IllegalArgumentException("KippTier.places of " + id + " must be positive, was " + places.getAsInt());
    }
    for (Map.Entry<KippGroup, Integer> e : groupPlaces.entrySet()) {
      if (e.getValue() < 1 || !groups.contains(e.getKey())) {
        throw new IllegalArgumentException("KippTier.groupPlaces of " + id + ": " + e.getKey().code()
            + " must compete for the tier and have a positive number of places, was " + e.getValue());
      }
    }
  }

  /**
   * Creates a tier.
   *
   * @param id the tier's id
   * @param label the bilingual name
   * @param groups the competing groups
   * @param places the total places, if set
   * @param groupPlaces the places per group
   * @return the tier
   * @throws IllegalArgumentException as the constructor
   */
  public static KippTier of(String id, Label label, Set<KippGroup> groups, OptionalInt places,
      Map<KippGroup, Integer> groupPlaces) {
    return new KippTier(id, label, ImmutableSet.copyOf(groups), places, ImmutableMap.copyOf(groupPlaces));
  }

  /**
   * Returns whether the tier says how many proposals it takes.
   *
   * @return true when a total or a place for every competing group is set
   */
  public boolean isSized() {
    return places.isPresent() || groupPlaces.keySet().containsAll(groups);
  }
}
