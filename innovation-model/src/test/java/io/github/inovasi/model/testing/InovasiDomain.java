package io.github.inovasi.model.testing;

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
import io.github.inovasi.model.Location;
import io.github.inovasi.model.MeasurementBasis;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.Replication;
import io.github.inovasi.model.ReportedInnovation;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * A jqwik domain with every Inovasi model type: annotate a property class or method with
 * {@code @Domain(InovasiDomain.class)} and use {@code @ForAll Assessment a} and the like.
 * Regions are real ones from the bundled list; assessments are clean (the validator finds
 * nothing in them).
 */
public class InovasiDomain extends DomainContextBase {

  @Provide
  Arbitrary<Label> labels() {
    return InovasiArbitraries.labels();
  }

  @Provide
  Arbitrary<Location> locations() {
    return InovasiArbitraries.locations();
  }

  @Provide
  Arbitrary<Problem> problems() {
    return InovasiArbitraries.problems();
  }

  @Provide
  Arbitrary<RegionCode> regionCodes() {
    return InovasiArbitraries.regionCodes();
  }

  @Provide
  Arbitrary<Region> regions() {
    return InovasiArbitraries.knownRegions();
  }

  @Provide
  Arbitrary<Agency> agencies() {
    return InovasiArbitraries.agencies();
  }

  @Provide
  Arbitrary<IndicatorLevel> indicatorLevels() {
    return InovasiArbitraries.indicatorLevels();
  }

  @Provide
  Arbitrary<MeasurementBasis> measurementBases() {
    return InovasiArbitraries.measurementBases();
  }

  @Provide
  Arbitrary<Indicator> indicators() {
    return InovasiArbitraries.indicators();
  }

  @Provide
  Arbitrary<Evidence> evidence() {
    return InovasiArbitraries.evidence();
  }

  @Provide
  Arbitrary<Answer> answers() {
    return InovasiArbitraries.answers();
  }

  @Provide
  Arbitrary<Coordinates> coordinates() {
    return InovasiArbitraries.coordinates();
  }

  @Provide
  Arbitrary<Innovator> innovators() {
    return InovasiArbitraries.innovators();
  }

  @Provide
  Arbitrary<Document> documents() {
    return InovasiArbitraries.documents();
  }

  @Provide
  Arbitrary<Replication> replications() {
    return InovasiArbitraries.replications();
  }

  @Provide
  Arbitrary<Innovation> innovations() {
    return InovasiArbitraries.innovations();
  }

  @Provide
  Arbitrary<ReportedInnovation> reportedInnovations() {
    return InovasiArbitraries.reportedInnovations();
  }

  @Provide
  Arbitrary<Assessment> assessments() {
    return InovasiArbitraries.assessments();
  }
}
