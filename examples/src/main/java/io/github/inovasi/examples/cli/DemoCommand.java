package io.github.inovasi.examples.cli;

import io.github.inovasi.examples.SampleData;
import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import io.github.inovasi.model.reference.RegionDirectory;
import io.github.inovasi.model.validation.AssessmentValidator;
import io.github.inovasi.scoring.iid.BreakdownLine;
import io.github.inovasi.scoring.iid.IidEdition;
import io.github.inovasi.scoring.iid.IidFigures;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.IidScorer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inovasi demo}: loads the region list and the bundled sample report (Kabupaten Rote
 * Ndao, illustrative data) and prints a readable summary: the region, its innovations, the
 * answers and what the validator finds against the edition's indicator catalogue.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Summarise a bundled sample IID report (Kabupaten Rote Ndao, illustrative data).")
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "Language of labels and messages: en (default) or id (bahasa Indonesia).")
  String lang;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Locale locale = "id".equalsIgnoreCase(lang) ? Locale.forLanguageTag("id") : Locale.ENGLISH;
    RegionDirectory regions = RegionDirectory.kemendagri();
    Assessment assessment = SampleData.roteNdao();
    PrintWriter out = spec.commandLine().getOut();
    Region region = assessment.region();

    out.println("Inovasi demo: a sample IID report (illustrative innovations, real region data)");
    out.println();
    out.println("Region       " + region + " (" + region.level().label().in(locale) + ")");
    out.println("Province     " + regions.get(region.provinceCode()));
    out.println("Categories   " + categories(region, locale));
    out.println("Edition      " + assessment.editionId());
    out.println("Agencies     " + assessment.agencies().size() + " perangkat daerah and units");
    out.println();

    out.println("Innovations (" + assessment.innovations().size() + ")");
    TextTable table = new TextTable("Id", "Name", "Stage", "Main affair", "Type", "Answered", "Verified");
    for (ReportedInnovation reported : assessment.innovations()) {
      Innovation i = reported.innovation();
      table.row(i.id(), shorten(i.name(), 44), i.stage().label().in(locale), i.mainAffair().label().in(locale),
          i.type().label().in(locale), claimed(reported.answers()) + "/" + reported.answers().size(),
          verified(reported.answers()));
    }
    table.print(out, "  ");
    out.println();
    out.println("By stage     " + byStage(assessment, locale));
    List<GovernmentAffair> covered = GovernmentAffair.basicServices().stream()
        .filter(a -> assessment.innovations().stream().anyMatch(r -> r.innovation().mainAffair() == a))
        .collect(Collectors.toList());
    out.println("Basic-service affairs covered (urusan wajib pelayanan dasar): " + covered.size() + " of "
        + GovernmentAffair.basicServices().size());
    out.println("Region-level (SPD) answers: " + claimed(assessment.regionAnswers()) + " of "
        + SampleData.SPD_ROWS.size() + " rows, " + withEvidence(assessment.regionAnswers()) + " with evidence, "
        + verified(assessment.regionAnswers()) + " verified");
    List<Answer> sid = assessment.innovations().stream().flatMap(r -> r.answers().stream())
        .collect(Collectors.toList());
    out.println("Innovation-level (SID) answers: " + claimed(sid) + " levels claimed, " + withEvidence(sid)
        + " with evidence, " + verified(sid) + " verified");
    out.println();

    IidEdition edition = IidEdition.bundled(assessment.editionId());
    List<Indicator> catalogue = new ArrayList<>(edition.spdIndicators());
    catalogue.addAll(edition.sidIndicators());
    List<Problem> problems = AssessmentValidator.of(regions).validate(assessment, catalogue);
    long errors = problems.stream().filter(Problem::isError).count();
    out.println("Validation against the " + edition.id() + " catalogue (" + catalogue.size() + " indicators): "
        + errors + " errors, " + (problems.size() - errors) + " warnings");
    Map<String, List<Problem>> byCode = new TreeMap<>(problems.stream().collect(Collectors.groupingBy(Problem::code)));
    byCode.forEach((code, list) -> out.println("  " + list.get(0).severity() + " " + code + " x" + list.size()
        + ": " + list.get(0).message().in(locale) + " (first at " + list.get(0).location().path() + ")"));
    out.println();
    printScore(out, assessment, edition, locale);
    out.println();
    out.println(RegionDirectory.attribution());
    out.flush();
    return 0;
  }

  /** The sample scored with the edition: IID, predicate and where the most points were lost. */
  private static void printScore(PrintWriter out, Assessment assessment, IidEdition edition, Locale locale) {
    IidScore score = IidScorer.of(edition).score(assessment);
    IidFigures f = score.figures();
    out.println("IID " + edition.id() + ": " + f.index().toPlainString() + " " + score.rating().label().in(locale)
        + " (SPD " + f.spd().toPlainString() + ", SID average " + f.sidAverage().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
        + " over MAX(" + edition.divisorFloor() + ", " + f.innovations() + "), count score "
        + f.countScore().toPlainString() + "; " + f.innovations() + " of " + assessment.innovations().size()
        + " innovations count)");
    out.println("Most points lost (index points):");
    for (BreakdownLine line : score.breakdown().largestLosses(5)) {
      out.println("  -" + line.lost().toPlainString() + "  " + line.part() + " " + line.code()
          + line.innovationId().map(id -> " " + id).orElse("") + ": "
          + line.losses().stream().map(l -> l.reason().label().in(locale)).collect(Collectors.joining(", ")));
    }
    out.println("Explain it all: inovasi explain; what to do next: inovasi plan --rating SANGAT_INOVATIF");
  }

  private static String categories(Region region, Locale locale) {
    List<String> parts = new ArrayList<>();
    parts.add(region.autonomous() ? "daerah otonom" : "wilayah administratif");
    if (region.disadvantaged()) {
      parts.add("daerah tertinggal");
    }
    if (region.border()) {
      parts.add("daerah perbatasan");
    }
    region.regionalGroup().ifPresent(g -> parts.add(g.label().in(locale) + (g.isInferred() ? " (inferred)" : "")));
    return String.join("; ", parts);
  }

  private static String byStage(Assessment assessment, Locale locale) {
    Map<Stage, Long> counts = new EnumMap<>(Stage.class);
    assessment.innovations().forEach(r -> counts.merge(r.innovation().stage(), 1L, Long::sum));
    return counts.entrySet().stream().map(e -> e.getKey().label().in(locale) + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static long claimed(List<Answer> answers) {
    return answers.stream().filter(a -> a.claimedLevel().isPresent()).count();
  }

  private static long verified(List<Answer> answers) {
    return answers.stream().filter(a -> a.verifiedLevel().isPresent()).count();
  }

  private static long withEvidence(List<Answer> answers) {
    return answers.stream().filter(a -> !a.evidence().isEmpty()).count();
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
