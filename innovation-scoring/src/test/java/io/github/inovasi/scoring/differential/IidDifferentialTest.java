package io.github.inovasi.scoring.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Evidence;
import io.github.inovasi.model.EvidenceKind;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.Initiator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InnovationForm;
import io.github.inovasi.model.InnovationType;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.RegionLevel;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import io.github.inovasi.scoring.iid.IidEdition;
import io.github.inovasi.scoring.iid.IidFigures;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.IidScorer;
import io.github.inovasi.scoring.iid.Provenance;
import io.github.inovasi.scoring.iid.ProvenanceStatus;
import io.github.inovasi.scoring.Rating;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library's IID against {@link PublishedIid}, an independent computation from the published
 * formula: 10,000 generated assessments per bundled edition (seeded, so a difference is
 * reproducible), with generated eligibility cases (window edges, renewal, design length, missing
 * mandatory indicators, answers without evidence, duplicate answers), and 10,000 formula inputs per
 * edition aimed at the band edges (0.00/0.01, 34.99/35.00, 40.00/40.01, 60.00/60.01, 65.00/65.01,
 * 100.00). Zero differences to the cent.
 */
class IidDifferentialTest {
  private static final int CASES = 10_000;
  private static final Region REGION = Region.builder()
      .code(RegionCode.parse("53.14")).name("KABUPATEN ROTE NDAO").level(RegionLevel.KABUPATEN).build();
  private static final Evidence EVIDENCE = Evidence.of(EvidenceKind.DECREE, "SK Bupati");
  private static final LocalDate[] DATES = {
    LocalDate.of(2022, 6, 1), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 15),
    LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 2)};
  private static final String[] BAND_EDGES = {
    "0.00", "0.01", "34.99", "35.00", "39.99", "40.00", "40.01", "59.99", "60.00", "60.01", "64.99", "65.00",
    "65.01", "99.99", "100.00"};
  private static final String[] NUDGES = {"-0.005", "-0.000001", "0", "0.004999", "0.005"};

  static Stream<Arguments> editions() {
    IidEdition e2026 = IidEdition.bundled("iid-2026");
    IidEdition e2023 = IidEdition.bundled("iid-2023").withAssumptions().withSpdCatalogue(e2026.spdIndicators(),
        Provenance.builder().status(ProvenanceStatus.PROVISIONAL).addSources("test").note("2026 rows").build());
    return Stream.of(
        Arguments.of(e2023, PublishedIid.IID_2023),
        Arguments.of(e2026, PublishedIid.IID_2026),
        Arguments.of(IidEdition.bundled("iid-2027"), PublishedIid.IID_2027));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("editions")
  void generatedAssessments_scoreExactlyAsThePublishedFormula(IidEdition edition, PublishedIid.Rules rules) {
    PublishedIid oracle = new PublishedIid(rules, edition.spdIndicators(), edition.sidIndicators());
    IidScorer scorer = IidScorer.of(edition);
    SplittableRandom random = new SplittableRandom(edition.year());
    Pools pools = new Pools(edition, random);
    List<String> differences = new ArrayList<>();
    int ineligible = 0;
    int counted = 0;
    for (int c = 0; c < CASES; c++) {
      Assessment a = pools.assessment(random);
      PublishedIid.Result want = oracle.claimed(a);
      IidScore got = scorer.score(a);
      IidFigures f = got.figures();
      List<Boolean> eligible = got.eligibility().stream().map(e -> e.eligible()).toList();
      if (f.index().compareTo(want.index()) != 0 || f.rating() != want.rating()
          || f.spd().compareTo(want.spd()) != 0 || f.sidSum().compareTo(want.sidSum()) != 0
          || f.innovations() != want.counted() || f.basicServiceAffairsCovered() != want.affairs()
          || f.countScore().compareTo(want.count()) != 0 || !eligible.equals(want.eligible())) {
        differences.add("case " + c + ": library " + f + " eligible " + eligible + "; published " + want);
      }
      ineligible += (int) want.eligible().stream().filter(b -> !b).count();
      counted += want.counted();
    }
    assertThat(differences).as("differences with the published formula").isEmpty();
    // the generator reaches both sides of every eligibility rule
    assertThat(ineligible).isGreaterThan(CASES);
    assertThat(counted).isGreaterThan(CASES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("editions")
  void bandEdges_roundAndClassifyAsPublished(IidEdition edition, PublishedIid.Rules rules) {
    PublishedIid oracle = new PublishedIid(rules, edition.spdIndicators(), edition.sidIndicators());
    IidScorer scorer = IidScorer.of(edition);
    SplittableRandom random = new SplittableRandom(~edition.year());
    List<String> differences = new ArrayList<>();
    int done = 0;
    while (done < CASES) {
      BigDecimal target = new BigDecimal(BAND_EDGES[random.nextInt(BAND_EDGES.length)])
          .add(new BigDecimal(NUDGES[random.nextInt(NUDGES.length)]));
      int n = random.nextInt(20) == 0 ? 195 + random.nextInt(15) : random.nextInt(25);
      int affairs = random.nextInt(7);
      int divisor = Math.max(rules.divisorFloor(), n);
      BigDecimal count = oracle.count(n, affairs);
      // an SID average with two decimals that n innovations of at most 111 points can reach
      long maxAverageCents = 11_100L * n / divisor;
      BigDecimal average = BigDecimal.valueOf(maxAverageCents == 0 ? 0 : random.nextLong(maxAverageCents + 1), 2);
      BigDecimal spd = target.multiply(rules.total()).divide(BigDecimal.valueOf(100)).subtract(count).subtract(average);
      if (target.signum() < 0 || spd.signum() < 0 || spd.compareTo(BigDecimal.valueOf(63)) > 0) {
        continue;
      }
      List<BigDecimal> sums = split(average.multiply(BigDecimal.valueOf(divisor)), n, random);
      BigDecimal want = oracle.index(spd, sums.stream().reduce(BigDecimal.ZERO, BigDecimal::add), n, count);
      assertThat(want).isEqualByComparingTo(target.setScale(2, RoundingMode.HALF_UP));
      IidFigures got = scorer.figures(spd, sums, affairs);
      BigDecimal total = spd.add(average.multiply(BigDecimal.valueOf(divisor))).add(count);
      Rating published = oracle.rating(total, want);
      if (got.index().compareTo(want) != 0 || got.rating() != published) {
        differences.add("SPD " + spd + ", sums " + sums + ", affairs " + affairs + ": library " + got.index()
            + " " + got.rating() + ", published " + want + " " + published);
      }
      done++;
    }
    assertThat(differences).as("differences at the band edges").isEmpty();
  }

  /** Splits a total into n parts of at most 111 each (the total never exceeds 111 × n). */
  private static List<BigDecimal> split(BigDecimal total, int n, SplittableRandom random) {
    List<BigDecimal> parts = new ArrayList<>();
    BigDecimal left = total;
    BigDecimal max = BigDecimal.valueOf(111);
    for (int j = 0; j < n; j++) {
      BigDecimal roomAfter = max.multiply(BigDecimal.valueOf(n - j - 1));
      BigDecimal low = left.subtract(roomAfter).max(BigDecimal.ZERO);
      BigDecimal high = left.min(max);
      BigDecimal part = j == n - 1 ? left
          : low.add(high.subtract(low).multiply(BigDecimal.valueOf(random.nextInt(101), 2))).setScale(2, RoundingMode.DOWN);
      parts.add(part);
      left = left.subtract(part);
    }
    return parts;
  }

  /** Pools of generated innovations and answer lists, combined into assessments. */
  private static final class Pools {
    private final IidEdition edition;
    private final List<Innovation> innovations = new ArrayList<>();
    private final List<List<Answer>> sidAnswers = new ArrayList<>();
    private final List<List<Answer>> spdAnswers = new ArrayList<>();

    Pools(IidEdition edition, SplittableRandom random) {
      this.edition = edition;
      for (int i = 0; i < 600; i++) {
        innovations.add(innovation("inv-" + i, random));
      }
      for (int i = 0; i < 400; i++) {
        sidAnswers.add(answers(edition.sidIndicators(), random.nextInt(10) < 7, random));
      }
      for (int i = 0; i < 300; i++) {
        spdAnswers.add(answers(edition.spdIndicators(), false, random));
      }
    }

    /** Mostly 1..8 innovations, some up to 30 (past every divisor floor), a few none or past the cap. */
    Assessment assessment(SplittableRandom random) {
      int shape = random.nextInt(1000);
      int n = shape < 2 ? 195 + random.nextInt(15) : shape < 40 ? 0 : 1 + random.nextInt(shape < 300 ? 30 : 8);
      List<ReportedInnovation> reported = new ArrayList<>(n);
      int start = random.nextInt(innovations.size());
      for (int j = 0; j < n; j++) {
        reported.add(ReportedInnovation.of(innovations.get((start + j) % innovations.size()),
            sidAnswers.get(random.nextInt(sidAnswers.size()))));
      }
      List<Answer> region = shape < 4 ? List.of() : spdAnswers.get(random.nextInt(spdAnswers.size()));
      return Assessment.builder().region(REGION).editionId(edition.id()).regionAnswers(region)
          .innovations(reported).build();
    }

    private static Innovation innovation(String id, SplittableRandom random) {
      GovernmentAffair[] all = GovernmentAffair.values();
      List<GovernmentAffair> basic = GovernmentAffair.basicServices().asList();
      Innovation.Builder b = Innovation.builder().id(id).name("Inovasi " + id)
          .type(InnovationType.DIGITAL).form(InnovationForm.PUBLIC_SERVICE).initiator(Initiator.AGENCY)
          .stage(Stage.values()[random.nextInt(Stage.values().length)])
          .mainAffair(random.nextInt(3) == 0 ? all[random.nextInt(all.length)] : basic.get(random.nextInt(basic.size())));
      date(random).ifPresent(b::implementationDate);
      if (random.nextInt(4) == 0) {
        date(random).ifPresent(b::trialDate);
      }
      if (random.nextInt(5) == 0) {
        date(random).ifPresent(b::renewalDate);
      }
      int words = switch (random.nextInt(8)) {
        case 0 -> 0;
        case 1 -> 299;
        case 2 -> 300;
        case 3 -> 301;
        case 4 -> random.nextInt(300);
        default -> 300 + random.nextInt(400);
      };
      if (words > 0) {
        String sep = random.nextBoolean() ? " " : " \n\t";
        b.design((random.nextBoolean() ? "  " : "") + "kata" + (sep + "kata").repeat(words - 1) + sep);
      }
      return b.build();
    }

    private static Optional<LocalDate> date(SplittableRandom random) {
      int k = random.nextInt(DATES.length + 2);
      return k < DATES.length ? Optional.of(DATES[k])
          : k == DATES.length ? Optional.of(LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1200)))
          : Optional.empty();
    }

    /**
     * One answer list: each indicator unanswered, with a verified level only, claimed without
     * evidence, or claimed with evidence; sometimes answered twice (the first answer counts).
     */
    private static List<Answer> answers(List<Indicator> catalogue, boolean mandatoryClaimed, SplittableRandom random) {
      List<Answer> out = new ArrayList<>();
      for (Indicator ind : catalogue) {
        int kind = mandatoryClaimed && ind.mandatory() ? 3 + random.nextInt(7) : random.nextInt(10);
        Answer.Builder a = Answer.builder().indicatorCode(ind.code());
        if (!ind.bases().isEmpty()) {
          a.basis(ind.bases().get(0).code());
        }
        if (kind == 0) {
          continue;
        } else if (kind == 1) {
          a.verifiedLevel(random.nextInt(4));
        } else {
          a.claimedLevel(1 + random.nextInt(3));
          if (kind != 2) {
            a.addEvidence(EVIDENCE);
          }
        }
        out.add(a.build());
        if (random.nextInt(40) == 0) {
          out.add(Answer.builder().indicatorCode(ind.code()).claimedLevel(1 + random.nextInt(3))
              .addEvidence(EVIDENCE).build());
        }
      }
      return List.copyOf(out);
    }
  }
}
