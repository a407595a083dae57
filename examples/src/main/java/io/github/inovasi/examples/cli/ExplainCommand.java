package io.github.inovasi.examples.cli;

import io.github.inovasi.model.Assessment;
import io.github.inovasi.scoring.ScoringPolicy;
import io.github.inovasi.scoring.iid.BreakdownLine;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.IidScorer;
import io.github.inovasi.scoring.iid.Ineligibility;
import io.github.inovasi.scoring.iid.InnovationEligibility;
import io.github.inovasi.scoring.iid.Loss;
import io.github.inovasi.scoring.iid.LossReason;
import io.github.inovasi.scoring.iid.ScoreBasis;
import io.github.inovasi.scoring.iid.ScoreComparison;
import io.github.inovasi.scoring.ScoreComponent;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inovasi explain}: where every point of an IID came from and where the rest went. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explain an assessment's IID: which innovations count and why the others do not, the"
          + " components, the points lost by reason and the answers that lost the most.",
      "Earned and lost points are index points that add up exactly to the IID and to 100."
    },
    footer = {"", "Examples:", "  inovasi explain docs/samples/rote-ndao-2026.json",
        "  inovasi explain blitar.json --compare-verified --top 20 --json",
        "  inovasi explain --rubric lomba-2026.json entries.json"})
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..2", paramLabel = "FILE",
      description = "An assessment document (JSON), or an innovation register and its answers table"
          + " (.csv or .xlsx).")
  List<Path> files;

  @Mixin ScoringInput.EditionOptions edition;

  @Mixin PolicyRun.Options policy;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Answers that lost the most to list (default ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--verified", description = "Explain the verifier's levels instead of the claimed ones.")
  boolean verified;

  @Option(names = "--compare-verified", description = "Also list the indicators the verifier scored differently.")
  boolean compare;

  @Option(names = "--json", description = "Write JSON instead of text.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (policy.active()) {
      ScoringPolicy p = policy.resolve(edition.assume);
      return PolicyRun.printExplanations(out, spec.commandLine().getErr(), PolicyRun.score(p, files), top, json);
    }
    List<Object> docs = new ArrayList<>();
    for (Assessment a : ScoringInput.read(files, edition, spec.commandLine().getErr())) {
      IidScorer scorer = IidScorer.of(edition.resolve(a));
      IidScore s = scorer.score(a, verified ? ScoreBasis.VERIFIED : ScoreBasis.CLAIMED);
      ScoreComparison comparison = compare ? scorer.compare(a) : null;
      if (json) {
        docs.add(document(s, comparison));
      } else {
        print(out, s, comparison, scorer.edition().countRule().orElseThrow().cap());
      }
      ScoringInput.printProblems(spec.commandLine().getErr(), s.problems());
    }
    if (json) {
      ScoringInput.printJson(out, docs.size() == 1 ? docs.get(0) : docs);
    }
    return 0;
  }

  private void print(PrintWriter out, IidScore s, ScoreComparison comparison, int cap) {
    out.printf("%s — %s (%s)%n", s.region(), s.policyId(), s.basis().label().english());
    out.printf("IID %s  %s%n%n", s.index().toPlainString(), s.rating().label());
    out.println("Components (index points):");
    for (ScoreComponent c : s.components()) {
      out.printf("  %-48s %9s of %9s%n", c.name().english(), c.points().toPlainString(), c.maximum().toPlainString());
    }
    out.printf("  divisor MAX(k, n) = %d, n = %d, basic-service affairs %d/6%s%n", s.figures().divisor(),
        s.figures().innovations(), s.figures().basicServiceAffairsCovered(), s.figures().gateOpen() ? "" : " (gate closed)");
    if (s.figures().innovations() > cap) {
      out.printf("  count score capped: %d innovations count, only %d earn count points%n",
          s.figures().innovations(), cap);
    }
    out.println();
    out.println("Innovations:");
    for (InnovationEligibility e : s.eligibility()) {
      out.printf("  %-12s %-40s %s%n", e.innovationId(), ScoreCommand.truncate(e.name(), 40),
          e.eligible() ? "counts" : "does not count: "
              + e.reasons().stream().map(r -> r.detail().english()).collect(Collectors.joining("; ")));
    }
    out.println();
    out.println("Points lost by reason (index points):");
    for (Map.Entry<LossReason, BigDecimal> e : s.breakdown().lostByReason().entrySet()) {
      out.printf("  %-50s %9s%n", e.getKey().label().english(), e.getValue().toPlainString());
    }
    out.printf("  %-50s %9s%n", "earned", s.breakdown().earned().toPlainString());
    out.printf("  %-50s %9s%n", "earned + lost", s.breakdown().earned().add(s.breakdown().lost()).toPlainString());
    out.println();
    out.println("Largest losses:");
    for (BreakdownLine l : s.breakdown().largestLosses(top)) {
      out.printf("  %-4s %-5s %-12s %-36s %8s  %s%n", l.part(), l.code(), l.innovationId().orElse(""),
          ScoreCommand.truncate(l.label().english(), 36), l.lost().toPlainString(),
          l.losses().stream().map(x -> x.reason().name()).collect(Collectors.joining(", ")));
    }
    if (!s.tentativeRules().isEmpty()) {
      out.println();
      out.println("Provisional rules used:");
      s.tentativeRules().forEach(r -> out.println("  " + r));
    }
    if (comparison != null) {
      out.println();
      out.printf("Claimed %s, verified %s (%s)%n", comparison.claimed().index().toPlainString(),
          comparison.verified().index().toPlainString(), comparison.indexDifference().toPlainString());
      for (ScoreComparison.Difference d : comparison.differences()) {
        out.printf("  %-12s %-5s claimed %6s verified %6s (%s)%n", d.innovationId().orElse("SPD"),
            d.indicatorCode(), d.claimedPoints().toPlainString(), d.verifiedPoints().toPlainString(),
            d.difference().toPlainString());
      }
      if (!comparison.eligibilityChanges().isEmpty()) {
        out.println("Innovations that stop counting on verification (they keep their divisor place):");
        for (InnovationEligibility e : comparison.eligibilityChanges()) {
          out.printf("  %-12s %s%n", e.innovationId(),
              e.reasons().stream().map(r -> r.detail().english()).collect(Collectors.joining("; ")));
        }
      }
    }
    // Everything above is on standard output; flush it before notes go to standard error, so
    // that a terminal showing both never runs the last line into a note.
    out.flush();
  }

  private Map<String, Object> document(IidScore s, ScoreComparison comparison) {
    Map<String, Object> doc = new LinkedHashMap<>(ScoreCommand.row(s));
    List<Map<String, Object>> innovations = new ArrayList<>();
    for (InnovationEligibility e : s.eligibility()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.innovationId());
      m.put("counts", e.eligible());
      m.put("reasons", e.reasons().stream().map(Ineligibility::toString).collect(Collectors.toList()));
      innovations.add(m);
    }
    doc.put("eligibility", innovations);
    Map<String, Object> byReason = new LinkedHashMap<>();
    s.breakdown().lostByReason().forEach((k, v) -> byReason.put(k.name(), v));
    doc.put("earned", s.breakdown().earned());
    doc.put("lostByReason", byReason);
    List<Map<String, Object>> lines = new ArrayList<>();
    for (BreakdownLine l : s.breakdown().lines()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("part", l.part().name());
      m.put("code", l.code());
      l.innovationId().ifPresent(id -> m.put("innovation", id));
      m.put("earned", l.earned());
      Map<String, Object> losses = new LinkedHashMap<>();
      for (Loss x : l.losses()) {
        losses.put(x.reason().name(), x.points());
      }
      m.put("lost", losses);
      lines.add(m);
    }
    doc.put("breakdown", lines);
    if (comparison != null) {
      List<Map<String, Object>> diffs = new ArrayList<>();
      for (ScoreComparison.Difference d : comparison.differences()) {
        Map<String, Object> m = new LinkedHashMap<>();
        d.innovationId().ifPresent(id -> m.put("innovation", id));
        m.put("indicator", d.indicatorCode());
        m.put("claimed", d.claimedPoints());
        m.put("verified", d.verifiedPoints());
        m.put("difference", d.difference());
        diffs.add(m);
      }
      doc.put("verifiedIid", comparison.verified().index());
      doc.put("differences", diffs);
      doc.put("stopCountingOnVerification", comparison.eligibilityChanges().stream()
          .map(InnovationEligibility::innovationId).toList());
    }
    return doc;
  }
}
