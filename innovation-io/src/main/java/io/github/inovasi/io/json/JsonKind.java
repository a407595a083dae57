package io.github.inovasi.io.json;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Agency;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.Region;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.iid.IidScore;
import java.util.Optional;
import java.util.function.Function;

/**
 * A kind of Inovasi JSON document: its {@code kind} text, the type of record it holds and
 * whether it holds one record (its fields at the top level) or a list of them (an array field
 * named after the kind).
 *
 * <pre>{@code
 * {"formatVersion": 1, "kind": "regions", "regions": [ {...}, {...} ]}
 * {"formatVersion": 1, "kind": "assessment", "region": {...}, "editionId": "iid-2026", ...}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the record type
 */
public final class JsonKind<T> {

  /** A list of regions: {@code "kind": "regions"}. */
  public static final JsonKind<Region> REGIONS =
      new JsonKind<>("regions", false, Region.class, ModelShapes.REGION, Region::code);

  /** A list of agencies (perangkat daerah and units): {@code "kind": "agencies"}. */
  public static final JsonKind<Agency> AGENCIES =
      new JsonKind<>("agencies", false, Agency.class, ModelShapes.AGENCY, a -> a.region() + "/" + a.id());

  /** A list of innovation profiles: {@code "kind": "innovations"}. */
  public static final JsonKind<Innovation> INNOVATIONS =
      new JsonKind<>("innovations", false, Innovation.class, ModelShapes.INNOVATION, Innovation::id);

  /** A list of indicators (a catalogue): {@code "kind": "indicators"}. */
  public static final JsonKind<Indicator> INDICATORS =
      new JsonKind<>("indicators", false, Indicator.class, ModelShapes.INDICATOR, Indicator::code);

  /**
   * One assessment, its fields at the top level: {@code "kind": "assessment"}. The format a
   * region's portal exchanges for one edition.
   */
  public static final JsonKind<Assessment> ASSESSMENT =
      new JsonKind<>("assessment", true, Assessment.class, ModelShapes.ASSESSMENT, null);

  /**
   * A list of assessments, e.g. every region of a national file: {@code "kind": "assessments"}.
   * Read and written record by record.
   */
  public static final JsonKind<Assessment> ASSESSMENTS =
      new JsonKind<>(
          "assessments", false, Assessment.class, ModelShapes.ASSESSMENT, a -> a.region().code() + "/" + a.editionId());

  /**
   * IID scores, each in full (figures, eligibility, indicator scores, the breakdown of every
   * point, problems): {@code "kind": "results"}. Written by the library and read back through
   * the same declared shape; a score whose figures or breakdown do not add up is a problem.
   */
  public static final JsonKind<IidScore> RESULTS =
      new JsonKind<>("results", false, IidScore.class, ResultShapes.IID_SCORE, null);

  /**
   * Rankings, per category the entries with their rank and score summary: {@code "kind":
   * "rankings"}. Read back, a ranking whose ranks disagree with its indices is a problem.
   */
  public static final JsonKind<Ranking> RANKINGS =
      new JsonKind<>("rankings", false, Ranking.class, ResultShapes.RANKING, r -> r.category().id());

  private static final ImmutableList<JsonKind<?>> ALL =
      ImmutableList.of(REGIONS, AGENCIES, INNOVATIONS, INDICATORS, ASSESSMENT, ASSESSMENTS);

  private static final ImmutableList<JsonKind<?>> RESULT_KINDS = ImmutableList.of(RESULTS, RANKINGS);

  private final String id;
  private final boolean single;
  private final Class<T> type;
  private final Shape<T, ?> shape;
  private final Function<T, ?> key;

  private JsonKind(String id, boolean single, Class<T> type, Shape<T, ?> shape, Function<T, ?> key) {
    this.id = id;
    this.single = single;
    this.type = type;
    this.shape = shape;
    this.key = key;
  }

  /** The key that must be unique among the records of a list document, or null. */
  Function<T, ?> key() {
    return key;
  }

  /**
   * Returns the text of the document's {@code kind} field, also the name of its list field.
   *
   * @return e.g. {@code "regions"}
   */
  public String id() {
    return id;
  }

  /**
   * Returns whether a document of this kind holds one record at its top level.
   *
   * @return true for {@code "assessment"}, false for the list kinds
   */
  public boolean isSingle() {
    return single;
  }

  /**
   * Returns the type of the records.
   *
   * @return the record class
   */
  public Class<T> type() {
    return type;
  }

  Shape<T, ?> shape() {
    return shape;
  }

  /**
   * Returns every kind of input document (the model's values), in a stable order.
   *
   * @return the kinds
   */
  public static ImmutableList<JsonKind<?>> all() {
    return ALL;
  }

  /**
   * Returns the kinds of result documents the library writes and reads back: {@link #RESULTS}
   * and {@link #RANKINGS}.
   *
   * @return the kinds
   */
  public static ImmutableList<JsonKind<?>> results() {
    return RESULT_KINDS;
  }

  /**
   * Finds a kind, of input or of results, by its {@code kind} text.
   *
   * @param id e.g. {@code "assessments"}
   * @return the kind, or empty when no kind has that text
   */
  public static Optional<JsonKind<?>> byId(String id) {
    return java.util.stream.Stream.concat(ALL.stream(), RESULT_KINDS.stream())
        .filter(k -> k.id.equals(id))
        .findFirst();
  }

  /** Returns the id. */
  @Override
  public String toString() {
    return id;
  }
}
