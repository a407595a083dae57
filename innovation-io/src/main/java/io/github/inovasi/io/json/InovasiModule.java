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
import java.util.LinkedHashMap;
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

  /**
   * Creates the module with a serializer and deserializer for every Inovasi value type, and
   * a serializer and deserializer for every scoring result, all from their declared shapes.
   */
  public InovasiModule() {
    super("InovasiModule", Version.unknownVersion());
    MODEL.forEach(this::bindUnchecked);
    ResultShapes.BY_TYPE.forEach(this::bindUnchecked);
  }

  @SuppressWarnings("unchecked")
  private <T> void bindUnchecked(Class<?> type, Codec<?> codec) {
    bind((Class<T>) type, (Codec<T>) codec);
  }

  private <T> void bind(Class<T> type, Codec<T> codec) {
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec));
  }
}
