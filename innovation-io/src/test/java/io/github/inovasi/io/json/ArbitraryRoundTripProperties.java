package io.github.inovasi.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inovasi.model.Agency;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.testing.InovasiArbitraries;
import io.github.inovasi.model.testing.InovasiDomain;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/**
 * Lossless over the model's shared arbitraries: read(write(x)) equals x and write(read(doc))
 * is the same document, for the versioned documents and through the Jackson module.
 */
@Domain(InovasiDomain.class)
final class ArbitraryRoundTripProperties {
  private static final InovasiJson JSON = InovasiJson.create();
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new InovasiModule());

  private static <T> void roundTrips(JsonKind<T> kind, List<T> values) {
    String text = JSON.writeString(kind, values);
    List<T> back = JSON.readString(text, kind);
    assertThat(back).isEqualTo(values);
    assertThat(JSON.writeString(kind, back)).isEqualTo(text);
  }

  private static <T> void roundTripsThroughTheModule(T value, Class<T> type) throws Exception {
    String text = MAPPER.writeValueAsString(value);
    assertThat(MAPPER.readValue(text, type)).isEqualTo(value);
  }

  @Provide
  Arbitrary<List<Region>> regionLists() {
    return InovasiArbitraries.regions().list().ofMaxSize(6).uniqueElements(Region::code);
  }

  @Provide
  Arbitrary<List<Agency>> agencyLists() {
    return InovasiArbitraries.agencies().list().ofMaxSize(6).uniqueElements(a -> a.region() + "/" + a.id());
  }

  @Provide
  Arbitrary<List<Innovation>> innovationLists() {
    return InovasiArbitraries.innovations().list().ofMaxSize(4).uniqueElements(Innovation::id);
  }

  @Provide
  Arbitrary<List<Indicator>> indicatorLists() {
    return InovasiArbitraries.indicators().list().ofMaxSize(4).uniqueElements(Indicator::code);
  }

  @Property(tries = 100)
  void regions_roundTrip(@ForAll("regionLists") List<Region> regions) {
    roundTrips(JsonKind.REGIONS, regions);
  }

  @Property(tries = 100)
  void agencies_roundTrip(@ForAll("agencyLists") List<Agency> agencies) {
    roundTrips(JsonKind.AGENCIES, agencies);
  }

  @Property(tries = 100)
  void innovations_roundTrip(@ForAll("innovationLists") List<Innovation> innovations) throws Exception {
    roundTrips(JsonKind.INNOVATIONS, innovations);
    for (Innovation i : innovations) {
      roundTripsThroughTheModule(i, Innovation.class);
    }
  }

  @Property(tries = 100)
  void indicators_roundTrip(@ForAll("indicatorLists") List<Indicator> indicators) throws Exception {
    roundTrips(JsonKind.INDICATORS, indicators);
    for (Indicator i : indicators) {
      roundTripsThroughTheModule(i, Indicator.class);
    }
  }

  @Property(tries = 100)
  void assessment_roundTrips(@ForAll Assessment assessment) throws Exception {
    roundTrips(JsonKind.ASSESSMENT, List.of(assessment));
    roundTrips(JsonKind.ASSESSMENTS, List.of(assessment));
    roundTripsThroughTheModule(assessment, Assessment.class);
  }
}
