package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One region's IID over several years: the score of each year, the change of each component
 * from one year to the next, and every innovation followed across the years by its id (new,
 * reported again, renewed, dropped).
 *
 * <pre>{@code
 * Map<String, IidEdition> editions = Map.of("iid-2026", IidEdition.bundled("iid-2026"),
 *     "iid-2027", IidEdition.bundled("iid-2027").withAssumptions());
 * IidSeries s = IidSeries.of(List.of(pati2026, pati2027), a -> editions.get(a.editionId()));
 * s.years().get(1).score().index();
 * s.changes();        // per component, year over year
 * s.innovations();    // each innovation's status per year
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param region the region
 * @param years each year's score, oldest first
 * @param innovations every innovation reported in any year, in order of first report
 */
public record IidSeries(Region region, ImmutableList<Year> years, ImmutableList<InnovationTrack> innovations) {

  /**
   * One year of the series.
   *
   * @param year the award year of the edition that scored it
   * @param score the score
   */
  public record Year(int year, IidScore score) {}

  /** What happened to an innovation in a year, compared with the year before. */
  public enum Status {
    /** Reported for the first time in the series. */
    NEW,
    /** Reported the year before too, with no later renewal (pembaharuan) date. */
    REPORTED_AGAIN,
    /** Reported before, now with a later renewal date. */
    RENEWED,
    /** Reported the year before, not this year. */
    DROPPED,
    /** Not reported this year, nor the year before. */
    ABSENT
  }

  /**
   * One innovation across the years.
   *
   * @param innovationId the innovation's id, the same in every year
   * @param name its name when last reported
   * @param statuses its status in each year of the series, oldest first
   * @param counted whether it counted in each year (false when not reported)
   */
  public record InnovationTrack(String innovationId, String name, ImmutableList<Status> statuses,
      ImmutableList<Boolean> counted) {}

  /**
   * One component's change from one year to the next, in index points.
   *
   * @param fromYear the earlier year
   * @param toYear the later year
   * @param code the component code ({@code SPD}, {@code SID}, {@code COUNT})
   * @param previous the earlier points
   * @param current the later points
   */
  public record Change(int fromYear, int toYear, String code, BigDecimal previous, BigDecimal current) {
    /**
     * Returns current minus previous points.
     *
     * @return the change
     */
    public BigDecimal change() {
      return current.subtract(previous);
    }
  }

  /**
   * Scores one region's assessments of several years.
   *
   * @param assessments the assessments, one per year, in any order
   * @param editions the edition to score each assessment with (usually its {@code editionId}'s,
   *     with the user's supplied rules or assumptions)
   * @return the series, oldest year first
   * @throws InvalidValueException if the assessments are empty, of several regions, or two share
   *     a year
   * @throws IncompleteEditionException if an edition lacks a rule it needs
   */
  public static IidSeries of(List<Assessment> assessments, Function<Assessment, IidEdition> editions) {
    InvalidValueException.check(!assessments.isEmpty(), "assessments", "must not be empty");
    Region region = assessments.get(0).region();
    List<Year> years = new ArrayList<>();
    List<Assessment> byYear = new ArrayList<>();
    for (Assessment a : assessments) {
      InvalidValueException.check(a.region().code().equals(region.code()), "assessments",
          "must all be of %s, found %s", region.code(), a.region().code());
      IidEdition e = editions.apply(a);
      years.add(new Year(e.year(), IidScorer.of(e).score(a)));
      byYear.add(a);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> years.get(i).year()));
    List<Year> sorted = new ArrayList<>();
    List<Assessment> sortedAssessments = new ArrayList<>();
    for (int i : order) {
      Year y = years.get(i);
      InvalidValueException.check(sorted.isEmpty() || sorted.get(sorted.size() - 1).year() != y.year(),
          "assessments", "must be one per year, %s appears twice", y.year());
      sorted.add(y);
      sortedAssessments.add(byYear.get(i));
    }
    return new IidSeries(region, ImmutableList.copyOf(sorted), track(sortedAssessments, sorted));
  }

  /** Follows each innovation id through the years, in order of first report. */
  private static ImmutableList<InnovationTrack> track(List<Assessment> assessments, List<Year> years) {
    Map<String, List<Status>> statuses = new LinkedHashMap<>();
    Map<String, List<Boolean>> counted = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    Map<String, Optional<LocalDate>> lastRenewal = new HashMap<>();
    for (int y = 0; y < assessments.size(); y++) {
      Map<String, Boolean> eligible = new HashMap<>();
      years.get(y).score().eligibility().forEach(e -> eligible.putIfAbsent(e.innovationId(), e.eligible()));
      Map<String, Innovation> now = new LinkedHashMap<>();
      for (ReportedInnovation r : assessments.get(y).innovations()) {
        now.putIfAbsent(r.innovation().id(), r.innovation());
      }
      for (Innovation inv : now.values()) {
        if (!statuses.containsKey(inv.id())) {
          statuses.put(inv.id(), new ArrayList<>(java.util.Collections.nCopies(y, Status.ABSENT)));
          counted.put(inv.id(), new ArrayList<>(java.util.Collections.nCopies(y, false)));
        }
      }
      for (Map.Entry<String, List<Status>> e : statuses.entrySet()) {
        String id = e.getKey();
        List<Status> s = e.getValue();
        Innovation inv = now.get(id);
        if (inv == null) {
          boolean before = !s.isEmpty() && s.get(s.size() - 1) != Status.DROPPED && s.get(s.size() - 1) != Status.ABSENT;
          s.add(before ? Status.DROPPED : Status.ABSENT);
          counted.get(id).add(false);
          continue;
        }
        Optional<LocalDate> previous = lastRenewal.get(id);
        if (previous == null) {
          s.add(Status.NEW);
        } else {
          boolean renewed = inv.renewalDate().isPresent()
              && previous.map(p -> inv.renewalDate().get().isAfter(p)).orElse(true);
          s.add(renewed ? Status.RENEWED : Status.REPORTED_AGAIN);
        }
        lastRenewal.put(id, inv.renewalDate());
        names.put(id, inv.name());
        counted.get(id).add(eligible.getOrDefault(id, false));
      }
    }
    ImmutableList.Builder<InnovationTrack> out = ImmutableList.builder();
    statuses.forEach((id, s) -> out.add(new InnovationTrack(id, names.get(id), ImmutableList.copyOf(s),
        ImmutableList.copyOf(counted.get(id)))));
    return out.build();
  }

  /**
   * Returns each component's change between consecutive years, and the index's (code {@code IID}).
   *
   * @return the changes, year by year, SPD, SID, COUNT then IID
   */
  public ImmutableList<Change> changes() {
    ImmutableList.Builder<Change> out = ImmutableList.builder();
    for (int i = 1; i < years.size(); i++) {
      Year a = years.get(i - 1);
      Year b = years.get(i);
      List<ScoreComponent> before = a.score().components();
      List<ScoreComponent> after = b.score().components();
      for (int c = 0; c < before.size() && c < after.size(); c++) {
        out.add(new Change(a.year(), b.year(), after.get(c).code(), before.get(c).points(), after.get(c).points()));
      }
      out.add(new Change(a.year(), b.year(), "IID", a.score().index(), b.score().index()));
    }
    return out.build();
  }
}
