package io.github.inovasi.scoring.iid;

import io.github.inovasi.scoring.internal.JsonFields;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What improving each indicator costs a region, as data: default steps per level, per evidence and
 * per new innovation, a cost per SPD row and per SID indicator, and the rows that cannot move
 * within one cycle (locked: the planner never touches them). Every element carries its
 * provenance. No official costs exist: the bundled profile ({@link #bundled()}) is
 * {@link ProvenanceStatus#PROVISIONAL}, locks the macro SPD rows that measure outcomes (income per
 * capita, unemployment, poverty, IPM, the BPK opinion, permits, investment, PAD, LAKIP; reference
 * §4.4.3) and prices a new innovation above one document. A region supplies its own file
 * ({@link #read(Path)}, format {@code inovasi-effort-profile}) or overrides locks.
 *
 * <pre>{@code
 * EffortProfile p = EffortProfile.bundled().withUnlocked("9").withLocked("12");
 * ImprovementPlanner.of(edition).withEffortProfile(p);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EffortProfile {
  private static final String BUNDLED = "effort/default.json";

  /**
   * The cost of one indicator or SPD row.
   *
   * @param perLevel steps per level raised, 1..1000
   * @param perEvidence steps per piece of evidence added, 1..1000
   * @param locked whether the row cannot move within one cycle
   * @param provenance where the cost comes from
   */
  public record Cost(int perLevel, int perEvidence, boolean locked, Provenance provenance) {
    /**
     * Validates the cost.
     *
     * @param perLevel steps per level raised, 1..1000
     * @param perEvidence steps per piece of evidence added, 1..1000
     * @param locked whether the row cannot move within one cycle
     * @param provenance where the cost comes from
     * @throws InvalidValueException if a weight is outside 1..1000
     */
    public Cost {
      new Effort(perLevel, perEvidence, 1);
      Objects.requireNonNull(provenance, "provenance");
    }
  }

  private final String id;
  private final Effort defaults;
  private final Provenance provenance;
  private final ImmutableMap<String, Cost> spd;
  private final ImmutableMap<String, Cost> sid;
  private final ImmutableSet<String> locked;

  private EffortProfile(String id, Effort defaults, Provenance provenance, Map<String, Cost> spd,
      Map<String, Cost> sid, Set<String> locked) {
    this.id = id;
    this.defaults = defaults;
    this.provenance = provenance;
    this.spd = ImmutableMap.copyOf(spd);
    this.sid = ImmutableMap.copyOf(sid);
    this.locked = ImmutableSet.copyOf(locked);
  }

  static EffortProfile of(String id, Effort defaults, Provenance provenance, Map<String, Cost> spd,
      Map<String, Cost> sid) {
    Set<String> locked = new HashSet<>();
    spd.forEach((code, c) -> {
      if (c.locked()) {
        locked.add("SPD:" + code);
      }
    });
    sid.forEach((code, c) -> {
      if (c.locked()) {
        locked.add("SID:" + code);
      }
    });
    return new EffortProfile(id, defaults, provenance, spd, sid, locked);
  }

  /**
   * Returns a profile with the same weights everywhere and nothing locked: the planner's
   * behaviour before profiles existed.
   *
   * @param effort the weights
   * @return the profile
   */
  public static EffortProfile uniform(Effort effort) {
    Objects.requireNonNull(effort, "effort");
    return new EffortProfile("uniform", effort,
        Provenance.builder().status(ProvenanceStatus.PROVISIONAL).addSources("the user's weights")
            .note("Uniform steps chosen by the user; no row is locked").build(),
        Map.of(), Map.of(), Set.of());
  }

  /**
   * Returns the bundled default profile (provisional: no official costs exist).
   *
   * @return the profile
   */
  public static EffortProfile bundled() {
    try (InputStream in = EffortProfile.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new InovasiException("Missing bundled effort profile " + BUNDLED);
      }
      return EffortProfileReader.read(in, BUNDLED);
    } catch (IOException e) {
      throw new InovasiException("Cannot read bundled effort profile " + BUNDLED, e);
    }
  }

  /**
   * Reads an effort profile file, reporting every problem with its line, column and JSON pointer.
   *
   * @param file the file
   * @return the profile
   * @throws InvalidInputException listing every problem, in Indonesian and English
   */
  public static EffortProfile read(Path file) {
    return JsonFields.readFile(file, "effort profile", in -> EffortProfileReader.read(in, file.toString()));
  }

  /**
   * Returns the profile's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the default weights (for rows without their own cost, and per new innovation).
   *
   * @return the weights
   */
  public Effort defaults() {
    return defaults;
  }

  /**
   * Returns the provenance of the whole profile.
   *
   * @return the provenance
   */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * Returns the costs of SPD rows that have their own, by row code.
   *
   * @return the costs
   */
  public ImmutableMap<String, Cost> spdCosts() {
    return spd;
  }

  /**
   * Returns the costs of SID indicators that have their own, by indicator code.
   *
   * @return the costs
   */
  public ImmutableMap<String, Cost> sidCosts() {
    return sid;
  }

  /**
   * Returns whether an SPD row (region level) or an SID indicator is locked.
   *
   * @param spdRow true for an SPD row, false for an SID indicator
   * @param code the code
   * @return whether the planner may not touch it
   */
  public boolean locked(boolean spdRow, String code) {
    return locked.contains(key(spdRow, code));
  }

  /**
   * Returns the SPD rows that are locked.
   *
   * @return the row codes
   */
  public ImmutableSet<String> lockedSpdRows() {
    return locked.stream().filter(k -> k.startsWith("SPD:")).map(k -> k.substring(4))
        .collect(ImmutableSet.toImmutableSet());
  }

  int perLevel(boolean spdRow, String code) {
    Cost c = (spdRow ? spd : sid).get(code);
    return c == null ? defaults.perLevel() : c.perLevel();
  }

  int perEvidence(boolean spdRow, String code) {
    Cost c = (spdRow ? spd : sid).get(code);
    return c == null ? defaults.perEvidence() : c.perEvidence();
  }

  /**
   * Returns a copy in which an SPD row (or, if no SPD row has the code, an SID indicator) is
   * locked: the user's own judgement that it cannot move this cycle.
   *
   * @param code the row or indicator code
   * @return the copy
   */
  public EffortProfile withLocked(String code) {
    Set<String> next = new HashSet<>(locked);
    next.add(key(!sid.containsKey(code) || spd.containsKey(code), code));
    return new EffortProfile(id, defaults, provenance, spd, sid, next);
  }

  /**
   * Returns a copy in which a row or indicator is no longer locked.
   *
   * @param code the row or indicator code
   * @return the copy
   */
  public EffortProfile withUnlocked(String code) {
    Set<String> next = new HashSet<>(locked);
    next.remove(key(true, code));
    next.remove(key(false, code));
    return new EffortProfile(id, defaults, provenance, spd, sid, next);
  }

  /**
   * Returns a copy with other default weights (the user's own costs); per-row costs and locks
   * are kept.
   *
   * @param effort the weights
   * @return the copy
   */
  public EffortProfile withDefaults(Effort effort) {
    return new EffortProfile(id, Objects.requireNonNull(effort, "effort"), provenance, spd, sid, locked);
  }

  private static String key(boolean spdRow, String code) {
    return (spdRow ? "SPD:" : "SID:") + Objects.requireNonNull(code, "code");
  }

  /** Returns the id and the locked rows. */
  @Override
  public String toString() {
    return "EffortProfile[" + id + ", " + provenance.status().code() + ", locked " + locked + "]";
  }
}
