package io.github.inovasi.io.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.inovasi.model.Agency;
import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Coordinates;
import io.github.inovasi.model.Document;
import io.github.inovasi.model.Evidence;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.IndicatorLevel;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.Innovator;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.MeasurementBasis;
import io.github.inovasi.model.Replication;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.ScoreComponent;
import io.github.inovasi.scoring.YearOverYear;
import io.github.inovasi.scoring.iid.Breakdown;
import io.github.inovasi.scoring.iid.BreakdownLine;
import io.github.inovasi.scoring.iid.IidFigures;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.ImprovementPlan;
import io.github.inovasi.scoring.iid.IndicatorScore;
import io.github.inovasi.scoring.iid.Ineligibility;
import io.github.inovasi.scoring.iid.InnovationEligibility;
import io.github.inovasi.scoring.iid.Loss;
import io.github.inovasi.scoring.iid.PlanAction;
import io.github.inovasi.scoring.iid.ScoreComparison;
import io.github.inovasi.scoring.iid.Target;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Jackson module for Inovasi's values: register it on any {@code ObjectMapper} (a Spring
 * Boot portal's included) to read and write regions, agencies, innovations, indicators,
 * answers, assessments and problems in the documented Inovasi JSON format, and to write the
 * scoring results (IID scores with their breakdowns, rankings, year-over-year comparisons,
 * improvement plans).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new InovasiModule());
 * Region region = mapper.readValue(json, Region.class);
 * }</pre>
 *
 * <p>The (de)serializers are hand-written against the model's public builders: the model needs
 * no Jackson annotations and no {@code opens}. Reading is strict (unknown fields, {@code null}s
 * and missing fields are errors, nothing is defaulted); all problems of a value are collected
 * and thrown as one {@link com.fasterxml.jackson.databind.JsonMappingException}, located at the
 * value, whose cause is an {@link io.github.inovasi.model.InvalidInputException} listing each
 * problem with its JSON pointer, line and column. The module holds no global state. It is also
 * found by {@code ObjectMapper.findAndRegisterModules()} (declared as a service).
 *
 * <p>Limits on document size, nesting and lengths are those of the host's {@code JsonFactory};
 * for untrusted files use {@link InovasiJson}, which applies {@link io.github.inovasi.io.ReadLimits}.
 *
 * <p>Immutable and thread-safe once registered.
 */
public final class InovasiModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Every model type and its codec, in registration order. */
  private static final Map<Class<?>, Codec<?>> MODEL = new LinkedHashMap<>();

  static {
    MODEL.put(RegionCode.class, ModelShapes.REGION_CODE);
    MODEL.put(Label.class, ModelShapes.LABEL);
    MODEL.put(Location.class, ModelShapes.LOCATION);
    MODEL.put(Problem.class, ModelShapes.PROBLEM);
    MODEL.put(Region.class, ModelShapes.REGION);
    MODEL.put(Agency.class, ModelShapes.AGENCY);
    MODEL.put(Evidence.class, ModelShapes.EVIDENCE);
    MODEL.put(Answer.class, ModelShapes.ANSWER);
    MODEL.put(Document.class, ModelShapes.DOCUMENT);
    MODEL.put(Innovator.class, ModelShapes.INNOVATOR);
    MODEL.put(Replication.class, ModelShapes.REPLICATION);
    MODEL.put(Coordinates.class, ModelShapes.COORDINATES);
    MODEL.put(Innovation.class, ModelShapes.INNOVATION);
    MODEL.put(ReportedInnovation.class, ModelShapes.REPORTED_INNOVATION);
    MODEL.put(Assessment.class, ModelShapes.ASSESSMENT);
    MODEL.put(IndicatorLevel.class, ModelShapes.INDICATOR_LEVEL);
    MODEL.put(MeasurementBasis.class, ModelShapes.MEASUREMENT_BASIS);
    MODEL.put(Indicator.class, ModelShapes.INDICATOR);
  }

  /** Scoring results: written (not read) by {@link ResultWriter}. */
  private static final List<Class<?>> RESULTS =
      List.of(
          IidScore.class,
          IidFigures.class,
          Breakdown.class,
          BreakdownLine.class,
          Loss.class,
          IndicatorScore.class,
          InnovationEligibility.class,
          Ineligibility.class,
          ScoreComponent.class,
          ScoreComparison.class,
          Ranking.class,
          Ranking.Entry.class,
          RankingCategory.class,
          YearOverYear.class,
          ImprovementPlan.class,
          PlanAction.class,
          Target.class);

  /**
   * Creates the module with a serializer and deserializer for every Inovasi value type, and
   * a serializer for every scoring result.
   */
  public InovasiModule() {
    super("InovasiModule", Version.unknownVersion());
    MODEL.forEach(this::bindUnchecked);
    for (Class<?> type : RESULTS) {
      addResult(type);
    }
  }

  @SuppressWarnings("unchecked")
  private <T> void bindUnchecked(Class<?> type, Codec<?> codec) {
    bind((Class<T>) type, (Codec<T>) codec);
  }

  private <T> void addResult(Class<T> type) {
    addSerializer(type, new ResultSerializer<>(type));
  }

  /** The codec of a model value's type (its generated class resolved to the public type). */
  @SuppressWarnings("unchecked")
  static Codec<Object> codecFor(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Codec<?> codec = MODEL.get(c);
      if (codec != null) {
        return (Codec<Object>) codec;
      }
    }
    return null;
  }

  private <T> void bind(Class<T> type, Codec<T> codec) {
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec));
  }
}
