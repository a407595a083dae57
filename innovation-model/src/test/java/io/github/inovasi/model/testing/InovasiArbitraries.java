package io.github.inovasi.model.testing;

import io.github.inovasi.model.Agency;
import io.github.inovasi.model.AgencyKind;
import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Aspect;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Coordinates;
import io.github.inovasi.model.Document;
import io.github.inovasi.model.Evidence;
import io.github.inovasi.model.EvidenceKind;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.IndicatorLevel;
import io.github.inovasi.model.Initiator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InnovationForm;
import io.github.inovasi.model.InnovationType;
import io.github.inovasi.model.Innovator;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.MeasurementBasis;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.ProblemCodes;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.RegionLevel;
import io.github.inovasi.model.RegionalGroup;
import io.github.inovasi.model.Replication;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import io.github.inovasi.model.Theme;
import io.github.inovasi.model.reference.RegionDirectory;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for every Inovasi model type, shared with the other modules through
 * innovation-model's test-jar. Every generated value is valid: builders accept it, and an
 * assessment from {@link #assessments(List)} passes {@code AssessmentValidator} without any
 * problem. Tests that need broken input start from these and break one thing.
 *
 * <pre>{@code
 * @Property
 * void scoreIsBounded(@ForAll("assessments") Assessment a) { ... }
 *
 * @Provide
 * Arbitrary<Assessment> assessments() {
 *   return InovasiArbitraries.assessments(InovasiArbitraries.catalogue());
 * }
 * }</pre>
 *
 * Or use {@code @Domain(InovasiDomain.class)} to get every type by {@code @ForAll} alone.
 */
public final class InovasiArbitraries {
  private static final LocalDate EPOCH = LocalDate.of(2015, 1, 1);

  private InovasiArbitraries() {}

  // ---- text and small values -------------------------------------------------------------

  /** Non-blank words and short phrases, some with Indonesian letters and punctuation. */
  public static Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
    return Arbitraries.oneOf(
        words,
        words.list().ofMinSize(1).ofMaxSize(6).map(w -> String.join(" ", w)),
        Arbitraries.of("Puskesmas Ba'a", "SK Bupati No. 188/2024", "Layanan \"jemput bola\"", "e-Kinerja, v2"));
  }

  /** Bilingual labels. */
  public static Arbitrary<Label> labels() {
    return Combinators.combine(texts(), texts()).as(Label::of);
  }

  /** Dates from 2015 to 2027. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 13 * 365).map(EPOCH::plusDays);
  }

  /** Links to evidence files. */
  public static Arbitrary<URI> links() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
        .map(s -> URI.create("https://inovasi.example.go.id/bukti/" + s + ".pdf"));
  }

  /** Coordinates anywhere on Earth, edges included. */
  public static Arbitrary<Coordinates> coordinates() {
    return Combinators.combine(
            Arbitraries.doubles().between(-90, 90).withSpecialValue(-90.0).withSpecialValue(90.0),
            Arbitraries.doubles().between(-180, 180).withSpecialValue(180.0))
        .as(Coordinates::of);
  }

  /** Locations: a model path or JSON pointer, with and without file, line, column and field. */
  public static Arbitrary<Location> locations() {
    Arbitrary<String> paths = Arbitraries.of("", "innovations[3].answers[2]", "regionAnswers[0].basis",
        "/innovations/0/name", "agencies[1].parentId");
    return Combinators.combine(paths, Arbitraries.of("register.csv", "laporan.json").optional(),
            Arbitraries.integers().between(1, 5000).optional(), Arbitraries.integers().between(1, 80).optional(),
            Arbitraries.of("trialDate", "tanggal_penerapan", "claimedLevel").optional())
        .as((path, source, line, column, field) -> Location.builder().path(path).source(source)
            .line(line.map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty()))
            .column(column.map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty()))
            .field(field).build());
  }

  /** Problems of either severity, with and without expected and found values. */
  public static Arbitrary<Problem> problems() {
    return Combinators.combine(Arbitraries.of(ProblemCodes.TRIAL_AFTER_IMPLEMENTATION, ProblemCodes.UNKNOWN_INDICATOR,
                ProblemCodes.LEVEL_OUT_OF_RANGE, ProblemCodes.CLAIM_WITHOUT_EVIDENCE),
            Arbitraries.of(Problem.Severity.class), locations(), labels(), texts().optional(), texts().optional())
        .as((code, severity, location, message, expected, found) -> Problem.builder().code(code)
            .severity(severity).location(location).message(message).expected(expected).found(found).build());
  }

  // ---- regions and agencies --------------------------------------------------------------

  /** Codes of real regions from the bundled Kemendagri list. */
  public static Arbitrary<RegionCode> regionCodes() {
    return knownRegions().map(Region::code);
  }

  /** Real regions from the bundled Kemendagri list (provinces, kabupaten and kota). */
  public static Arbitrary<Region> knownRegions() {
    return Arbitraries.of(RegionDirectory.kemendagri().all());
  }

  /** Real autonomous regions (the 546 assessed by the IID). */
  public static Arbitrary<Region> autonomousRegions() {
    return Arbitraries.of(RegionDirectory.kemendagri().autonomous());
  }

  /** Synthetic regions with any valid combination of attributes (codes need not exist). */
  public static Arbitrary<Region> regions() {
    Arbitrary<Integer> province = Arbitraries.integers().between(11, 99);
    Arbitrary<Integer> regency = Arbitraries.integers().between(1, 99);
    return Combinators.combine(province, regency, Arbitraries.of(RegionLevel.class), texts(),
            Arbitraries.of(true, false).list().ofSize(3), Arbitraries.of(RegionalGroup.class).optional())
        .as((p, r, level, name, flags, group) -> Region.builder()
            .code(RegionCode.parse(level == RegionLevel.PROVINSI
                ? String.format("%02d", p) : String.format("%02d.%02d", p, r)))
            .name(name.toUpperCase(java.util.Locale.ROOT))
            .level(level)
            .autonomous(flags.get(0))
            .disadvantaged(flags.get(1))
            .border(flags.get(2))
            .regionalGroup(group)
            .build());
  }

  /** Agencies and units of a region, some under a parent agency. */
  public static Arbitrary<Agency> agencies() {
    return Combinators.combine(ids("opd"), texts(), Arbitraries.of(AgencyKind.class), regionCodes(),
            ids("induk").optional())
        .as((id, name, kind, region, parent) -> Agency.builder().id(id).name(name).kind(kind)
            .region(region).parentId(parent.filter(p -> !p.equals(id))).build());
  }

  // ---- indicators ------------------------------------------------------------------------

  /** Indicator levels 1 to 3. */
  public static Arbitrary<IndicatorLevel> indicatorLevels() {
    return Combinators.combine(Arbitraries.integers().between(1, 3), labels()).as(IndicatorLevel::of);
  }

  /** The three levels of an indicator, in order. */
  public static Arbitrary<List<IndicatorLevel>> levelTriples() {
    return labels().list().ofSize(3).map(d -> List.of(
        IndicatorLevel.of(1, d.get(0)), IndicatorLevel.of(2, d.get(1)), IndicatorLevel.of(3, d.get(2))));
  }

  /** Measurement bases with codes {@code a} to {@code f}. */
  public static Arbitrary<MeasurementBasis> measurementBases() {
    return Combinators.combine(Arbitraries.of("a", "b", "c", "d", "e", "f"), labels(), levelTriples())
        .as((code, name, levels) -> MeasurementBasis.builder().code(code).name(name).levels(levels).build());
  }

  /** Indicators of either aspect, a few with several measurement bases. */
  public static Arbitrary<Indicator> indicators() {
    return Combinators.combine(Arbitraries.integers().between(1, 40), Arbitraries.of("", "a", "b"))
        .flatAs((number, letter) -> indicator(number + letter, number, number <= 15 ? Aspect.SPD : Aspect.SID));
  }

  /** Weights as published: multiples of 0.25 from 0.25 to 4. */
  public static Arbitrary<BigDecimal> weights() {
    return Arbitraries.integers().between(1, 16).map(q -> BigDecimal.valueOf(q).divide(BigDecimal.valueOf(4)));
  }

  private static Arbitrary<Indicator> indicator(String code, int number, Aspect aspect) {
    Arbitrary<List<MeasurementBasis>> bases = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.just(List.of())),
        net.jqwik.api.Tuple.of(1, measurementBases().list().ofMinSize(2).ofMaxSize(6)
            .uniqueElements(MeasurementBasis::code)));
    return Combinators.combine(labels(), labels(), weights(), Arbitraries.of(true, false), levelTriples(),
            bases, labels().optional(), labels().optional())
        .as((name, variable, weight, mandatory, levels, b, definition, evidence) -> Indicator.builder()
            .code(code).number(number).aspect(aspect).name(name).variable(variable).weight(weight)
            .mandatory(mandatory).levels(levels).bases(b).definition(definition)
            .expectedEvidence(evidence).build());
  }

  /**
   * A catalogue shaped like the 2026 edition: SPD rows 1, 2a, 2b, 3 to 15 and SID indicators
   * 16 to 35, with random names, weights, mandatory flags and bases.
   */
  public static Arbitrary<List<Indicator>> catalogue() {
    List<Arbitrary<Indicator>> rows = new ArrayList<>();
    for (String code : List.of("1", "2a", "2b", "3", "4", "5a", "5b", "6", "7", "8", "9", "10a",
        "10b", "11a", "11b", "12", "13a", "13b", "14", "15")) {
      rows.add(indicator(code, Integer.parseInt(code.replaceAll("[a-z]", "")), Aspect.SPD));
    }
    for (int n = 16; n <= 35; n++) {
      rows.add(indicator(String.valueOf(n), n, Aspect.SID));
    }
    return Combinators.combine(rows).as(ArrayList::new);
  }

  // ---- evidence and answers --------------------------------------------------------------

  /** Evidence of every kind, with and without number, date, title and link. */
  public static Arbitrary<Evidence> evidence() {
    return Combinators.combine(Arbitraries.of(EvidenceKind.class), texts().optional(), dates().optional(),
            texts().optional(), links().optional())
        .as((kind, number, date, title, link) -> Evidence.builder().kind(kind).number(number).date(date)
            .title(title).link(link).build());
  }

  /** Answers to any indicator code, claimed and verified levels anywhere in their ranges. */
  public static Arbitrary<Answer> answers() {
    return Combinators.combine(Arbitraries.of("1", "2a", "16", "33", "35"),
            Arbitraries.integers().between(1, 3).optional(), Arbitraries.of("a", "b").optional(),
            evidence().list().ofMaxSize(3), Arbitraries.integers().between(0, 3).optional(), texts().optional())
        .as((code, claimed, basis, ev, verified, note) -> Answer.builder().indicatorCode(code)
            .claimedLevel(claimed.map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty()))
            .basis(basis).evidence(ev)
            .verifiedLevel(verified.map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty()))
            .verifierNote(note).build());
  }

  /**
   * Clean answers to one indicator: a claimed level with evidence, a basis when the indicator
   * has several, and a verified level not above the claim.
   */
  public static Arbitrary<Answer> answers(Indicator indicator) {
    Arbitrary<Optional<String>> basis = indicator.bases().isEmpty()
        ? Arbitraries.just(Optional.empty())
        : Arbitraries.of(indicator.bases()).map(b -> Optional.of(b.code()));
    return Combinators.combine(Arbitraries.integers().between(1, 3), basis, evidence().list().ofMinSize(1).ofMaxSize(2),
            Arbitraries.integers().between(0, 3).optional(), texts().optional())
        .as((claimed, b, ev, verified, note) -> Answer.builder().indicatorCode(indicator.code())
            .claimedLevel(claimed).basis(b).evidence(ev)
            .verifiedLevel(verified.map(v -> java.util.OptionalInt.of(Math.min(v, claimed)))
                .orElse(java.util.OptionalInt.empty()))
            .verifierNote(note).build());
  }

  /** Clean answers to every indicator of one aspect in a catalogue, in catalogue order. */
  public static Arbitrary<List<Answer>> answers(List<Indicator> catalogue, Aspect aspect) {
    List<Arbitrary<Optional<Answer>>> each = new ArrayList<>();
    for (Indicator indicator : catalogue) {
      if (indicator.aspect() == aspect) {
        each.add(indicator.mandatory()
            ? answers(indicator).map(Optional::of)
            : answers(indicator).optional(0.8));
      }
    }
    return Combinators.combine(each).as(list -> {
      List<Answer> out = new ArrayList<>();
      list.forEach(a -> a.ifPresent(out::add));
      return out;
    });
  }

  // ---- innovations -----------------------------------------------------------------------

  /** Innovators with and without agency, role and contact. */
  public static Arbitrary<Innovator> innovators() {
    return Combinators.combine(texts(), ids("opd").optional(), texts().optional(), texts().optional())
        .as((name, agency, role, contact) -> Innovator.builder().name(name).agencyId(agency).role(role)
            .contact(contact).build());
  }

  /** Documents (budget, business profile). */
  public static Arbitrary<Document> documents() {
    return Combinators.combine(texts(), links().optional(), dates().optional())
        .as((title, link, date) -> Document.builder().title(title).link(link).date(date).build());
  }

  /** Replications by real regions. */
  public static Arbitrary<Replication> replications() {
    return Combinators.combine(regionCodes(), dates().optional(), evidence().optional())
        .as((region, date, ev) -> Replication.builder().region(region).date(date).evidence(ev).build());
  }

  /** Innovation profiles with every field exercised; dates fit the stage. */
  public static Arbitrary<Innovation> innovations() {
    return innovations(ids("inov"), Arbitraries.just(Optional.empty()), replications().list().ofMaxSize(3));
  }

  private static Arbitrary<Innovation> innovations(Arbitrary<String> ids, Arbitrary<Optional<String>> agencyIds,
      Arbitrary<List<Replication>> replications) {
    Arbitrary<Innovation.Builder> core = Combinators.combine(ids, texts(), agencyIds,
            Arbitraries.of(InnovationType.class), Arbitraries.of(InnovationForm.class),
            Arbitraries.of(Initiator.class), Arbitraries.of(Theme.class).optional(),
            Arbitraries.of(GovernmentAffair.class))
        .as((id, name, agency, type, form, initiator, theme, main) -> Innovation.builder().id(id).name(name)
            .agencyId(agency).type(type).form(form).initiator(initiator).theme(theme).mainAffair(main));
    Arbitrary<Innovation.Builder> dated = Combinators.combine(core, Arbitraries.of(Stage.class), dates(),
            Arbitraries.integers().between(0, 400), Arbitraries.integers().between(0, 1200).optional())
        .as((b, stage, trial, gap, renewedAfter) -> {
          b.stage(stage);
          if (stage != Stage.INITIATION) {
            b.trialDate(trial);
          }
          if (stage == Stage.IMPLEMENTATION) {
            b.implementationDate(trial.plusDays(gap));
            b.renewalDate(renewedAfter.map(days -> trial.plusDays(gap + days)));
          }
          return b;
        });
    Arbitrary<Innovation.Builder> narrated = Combinators.combine(dated, texts().optional(), texts().optional(),
            texts().optional(), texts().optional(), innovators().list().ofMaxSize(3))
        .as((b, design, objective, benefits, results, people) -> b.design(design).objective(objective)
            .benefits(benefits).results(results).innovators(people));
    return Combinators.combine(narrated, Arbitraries.of(GovernmentAffair.class).set().ofMaxSize(3),
            documents().optional().list().ofSize(2), replications,
            Arbitraries.of(true, false).optional(), texts().optional(), coordinates().optional(),
            Arbitraries.of("Asta Cita 1", "Asta Cita 4", "Asta Cita 6").set().ofMaxSize(2))
        .as((b, others, docs, reps, covid, klas, coords, asta) -> {
          Innovation partial = b.build();
          return Innovation.builder().from(partial)
              .otherAffairs(others.stream().filter(a -> a != partial.mainAffair())
                  .collect(java.util.stream.Collectors.toList()))
              .budgetDocument(docs.get(0)).businessProfile(docs.get(1)).replications(reps).covidRelated(covid)
              .classification(klas).coordinates(coords).astaCitaTags(asta)
              .addPkpnTag("PKPN " + partial.mainAffair().number()).build();
        });
  }

  /** Reported innovations with arbitrary answers. */
  public static Arbitrary<ReportedInnovation> reportedInnovations() {
    return Combinators.combine(innovations(), answers().list().ofMaxSize(4).uniqueElements(Answer::indicatorCode))
        .as(ReportedInnovation::of);
  }

  // ---- assessments -----------------------------------------------------------------------

  /** Clean assessments against a random 2026-shaped catalogue. */
  public static Arbitrary<Assessment> assessments() {
    return catalogue().flatMap(InovasiArbitraries::assessments);
  }

  /**
   * Clean assessments of real autonomous regions against a catalogue: unique innovation ids,
   * answers to the right aspect with evidence and bases, agencies of the region, replications
   * by other known regions. {@code AssessmentValidator} finds no problem in them.
   */
  public static Arbitrary<Assessment> assessments(List<Indicator> catalogue) {
    return assessments(catalogue, 0);
  }

  /** Like {@link #assessments(List)}, with at least one innovation. */
  public static Arbitrary<Assessment> assessmentsWithInnovations(List<Indicator> catalogue) {
    return assessments(catalogue, 1);
  }

  private static Arbitrary<Assessment> assessments(List<Indicator> catalogue, int minInnovations) {
    return autonomousRegions().flatMap(region -> {
      Arbitrary<List<Agency>> agencies = Combinators.combine(texts(), Arbitraries.of(AgencyKind.class))
          .as((name, kind) -> Agency.builder().id("x").name(name).kind(kind).region(region.code()).build())
          .list().ofMinSize(1).ofMaxSize(4)
          .map(list -> {
            List<Agency> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
              out.add(list.get(i).withId("opd-" + i));
            }
            return out;
          });
      return agencies.flatMap(ags -> {
        Arbitrary<Optional<String>> agencyIds = Arbitraries.of(ags).map(Agency::id).optional();
        Arbitrary<List<Replication>> reps = replications()
            .filter(r -> !r.region().equals(region.code()))
            .list().ofMaxSize(3).uniqueElements(Replication::region);
        Arbitrary<ReportedInnovation> reported = Combinators.combine(
                innovations(ids("inov"), agencyIds, reps), answers(catalogue, Aspect.SID))
            .as((innovation, answers) -> ReportedInnovation.of(
                innovation.withInnovators(innovation.innovators().stream()
                    .map(p -> p.withAgencyId(Optional.of(ags.get(0).id())))
                    .collect(java.util.stream.Collectors.toList())),
                answers));
        Arbitrary<List<ReportedInnovation>> innovations = minInnovations > 0
            ? reported.list().ofMinSize(minInnovations).ofMaxSize(4)
            : Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(List.<ReportedInnovation>of())),
                net.jqwik.api.Tuple.of(6, reported.list().ofMinSize(1).ofMaxSize(4)));
        return Combinators.combine(answers(catalogue, Aspect.SPD), innovations,
                Arbitraries.of("iid-2023", "iid-2026"))
            .as((spd, list, edition) -> {
              List<ReportedInnovation> unique = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                ReportedInnovation r = list.get(i);
                unique.add(r.withInnovation(r.innovation().withId(r.innovation().id() + "-" + i)));
              }
              return Assessment.builder().region(region).editionId(edition).regionAnswers(spd)
                  .innovations(unique).agencies(ags).build();
            });
      });
    });
  }

  private static Arbitrary<String> ids(String prefix) {
    return Arbitraries.integers().between(1, 999).map(n -> prefix + "-" + n);
  }
}
