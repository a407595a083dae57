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

/**
 * The Jackson module for Inovasi's values: register it on any {@code ObjectMapper} (a Spring
 * Boot portal's included) to read and write regions, agencies, innovations, indicators,
 * answers, assessments and problems in the documented Inovasi JSON format.
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

  /** Creates the module with a serializer and deserializer for every Inovasi value type. */
  public InovasiModule() {
    super("InovasiModule", Version.unknownVersion());
    bind(RegionCode.class, ModelShapes.REGION_CODE);
    bind(Label.class, ModelShapes.LABEL);
    bind(Location.class, ModelShapes.LOCATION);
    bind(Problem.class, ModelShapes.PROBLEM);
    bind(Region.class, ModelShapes.REGION);
    bind(Agency.class, ModelShapes.AGENCY);
    bind(Evidence.class, ModelShapes.EVIDENCE);
    bind(Answer.class, ModelShapes.ANSWER);
    bind(Document.class, ModelShapes.DOCUMENT);
    bind(Innovator.class, ModelShapes.INNOVATOR);
    bind(Replication.class, ModelShapes.REPLICATION);
    bind(Coordinates.class, ModelShapes.COORDINATES);
    bind(Innovation.class, ModelShapes.INNOVATION);
    bind(ReportedInnovation.class, ModelShapes.REPORTED_INNOVATION);
    bind(Assessment.class, ModelShapes.ASSESSMENT);
    bind(IndicatorLevel.class, ModelShapes.INDICATOR_LEVEL);
    bind(MeasurementBasis.class, ModelShapes.MEASUREMENT_BASIS);
    bind(Indicator.class, ModelShapes.INDICATOR);
  }

  private <T> void bind(Class<T> type, Codec<T> codec) {
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec));
  }
}
