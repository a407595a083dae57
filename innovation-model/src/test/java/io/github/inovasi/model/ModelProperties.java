package io.github.inovasi.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.testing.InovasiArbitraries;
import io.github.inovasi.model.testing.InovasiDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * Value semantics of the model: equal inputs give equal values and hash codes, and copying
 * through a builder or a {@code withX} method preserves equality.
 */
@Domain(InovasiDomain.class)
@Domain(DomainContext.Global.class)
class ModelProperties {

  @Property(tries = 100)
  void builderFromCopy_isEqual(@ForAll Assessment a, @ForAll Innovation i, @ForAll Indicator ind,
      @ForAll Answer ans, @ForAll Evidence e, @ForAll Agency ag) {
    assertEqualCopy(a, Assessment.builder().from(a).build());
    assertEqualCopy(i, Innovation.builder().from(i).build());
    assertEqualCopy(ind, Indicator.builder().from(ind).build());
    assertEqualCopy(ans, Answer.builder().from(ans).build());
    assertEqualCopy(e, Evidence.builder().from(e).build());
    assertEqualCopy(ag, Agency.builder().from(ag).build());
  }

  @Property(tries = 100)
  void builderFromCopy_ofSmallValues_isEqual(@ForAll Region r, @ForAll Innovator p, @ForAll Document d,
      @ForAll Replication rep, @ForAll MeasurementBasis b, @ForAll IndicatorLevel l,
      @ForAll ReportedInnovation ri, @ForAll Coordinates c) {
    assertEqualCopy(r, Region.builder().from(r).build());
    assertEqualCopy(p, Innovator.builder().from(p).build());
    assertEqualCopy(d, Document.builder().from(d).build());
    assertEqualCopy(rep, Replication.builder().from(rep).build());
    assertEqualCopy(b, MeasurementBasis.builder().from(b).build());
    assertEqualCopy(l, IndicatorLevel.builder().from(l).build());
    assertEqualCopy(ri, ReportedInnovation.builder().from(ri).build());
    assertEqualCopy(c, Coordinates.of(c.latitude(), c.longitude()));
  }

  @Property(tries = 100)
  void builderFromCopy_ofProblems_isEqual(@ForAll Problem p, @ForAll Location l, @ForAll Label label) {
    assertEqualCopy(p, Problem.builder().from(p).build());
    assertEqualCopy(l, Location.builder().from(l).build());
    assertEqualCopy(label, Label.of(label.indonesian(), label.english()));
    assertThat(l.child("[0]").path()).isEqualTo(l.path() + "[0]");
  }

  @Property(tries = 100)
  void equalInputs_giveEqualValues(@ForAll Innovation i) {
    Innovation rebuilt = Innovation.builder()
        .id(i.id()).name(i.name()).agencyId(i.agencyId()).type(i.type()).form(i.form())
        .initiator(i.initiator()).stage(i.stage()).theme(i.theme()).mainAffair(i.mainAffair())
        .otherAffairs(i.otherAffairs()).trialDate(i.trialDate()).implementationDate(i.implementationDate())
        .renewalDate(i.renewalDate())
        .design(i.design()).objective(i.objective()).benefits(i.benefits()).results(i.results())
        .innovators(i.innovators()).budgetDocument(i.budgetDocument()).businessProfile(i.businessProfile())
        .replications(i.replications()).covidRelated(i.covidRelated()).classification(i.classification())
        .coordinates(i.coordinates()).astaCitaTags(i.astaCitaTags()).pkpnTags(i.pkpnTags())
        .build();
    assertEqualCopy(i, rebuilt);
  }

  @Property(tries = 100)
  void withCopies_roundTrip(@ForAll Innovation i, @ForAll Answer a, @ForAll Assessment s) {
    assertEqualCopy(i, i.withName(i.name() + " baru").withName(i.name()));
    assertThat(i.withName(i.name() + " baru")).isNotEqualTo(i);
    assertEqualCopy(a, a.withVerifierNote("catatan").withVerifierNote(a.verifierNote()));
    assertEqualCopy(s, s.withEditionId("iid-2099").withEditionId(s.editionId()));
  }

  @Property(tries = 200)
  void answerBuilder_acceptsExactlyTheLevelRanges(
      @ForAll @IntRange(min = -3, max = 6) int claimed,
      @ForAll @IntRange(min = -3, max = 6) int verified,
      @ForAll("codes") String code) {
    boolean valid = !code.isBlank() && claimed >= 1 && claimed <= 3 && verified >= 0 && verified <= 3;
    List<Problem> problems = new ArrayList<>();
    Optional<Answer> built = io.github.inovasi.model.validation.AssessmentValidator.attempt(
        Location.ofPath("regionAnswers[0]"),
        () -> Answer.builder().indicatorCode(code).claimedLevel(claimed).verifiedLevel(verified).build(),
        problems::add);
    assertThat(built.isPresent()).isEqualTo(valid);
    if (valid) {
      assertThat(problems).isEmpty();
      assertThat(built.get().claimedLevel()).isEqualTo(OptionalInt.of(claimed));
    } else {
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.code()).isIn(ProblemCodes.BLANK_TEXT, ProblemCodes.LEVEL_OUT_OF_RANGE);
        assertThat(p.location().path()).isEqualTo("regionAnswers[0]");
      });
    }
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.of("16", "2a", " ", "");
  }

  @Provide
  Arbitrary<Innovation> innovations() {
    return InovasiArbitraries.innovations();
  }

  private static <T> void assertEqualCopy(T original, T copy) {
    assertThat(copy).isEqualTo(original);
    assertThat(copy.hashCode()).isEqualTo(original.hashCode());
    assertThat(copy.toString()).isEqualTo(original.toString());
  }
}
