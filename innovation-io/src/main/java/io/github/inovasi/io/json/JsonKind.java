package io.github.inovasi.io.json;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Agency;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.Region;
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

  private static final ImmutableList<JsonKind<?>> ALL =
      ImmutableList.of(REGIONS, AGENCIES, INNOVATIONS, INDICATORS, ASSESSMENT, ASSESSMENTS);

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
   * Returns every kind, in a stable order.
   *
   * @return the kinds
   */
  public static ImmutableList<JsonKind<?>> all() {
    return ALL;
  }

  /**
   * Finds a kind by its {@code kind} text.
   *
   * @param id e.g. {@code "assessments"}
   * @return the kind, or empty when no kind has that text
   */
  public static Optional<JsonKind<?>> byId(String id) {
    return ALL.stream().filter(k -> k.id.equals(id)).findFirst();
  }

  /** Returns the id. */
  @Override
  public String toString() {
    return id;
  }
}
