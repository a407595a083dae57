package io.github.inovasi.examples.cli;

import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.io.table.PlanEntry;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.iid.Effort;
import io.github.inovasi.scoring.iid.EffortProfile;
import io.github.inovasi.scoring.iid.IidEdition;
import io.github.inovasi.scoring.iid.ImprovementPlan;
import io.github.inovasi.scoring.iid.ImprovementPlanner;
import io.github.inovasi.scoring.iid.PlanAction;
import io.github.inovasi.scoring.iid.ScoreBasis;
import io.github.inovasi.scoring.iid.Target;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inovasi plan}: the least-effort actions that reach a target IID or predicate. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Plan how a region reaches a target IID or predicate at the least effort: make a reported"
          + " innovation count (answer its mandatory indicators, complete its design narrative, record"
          + " a renewal inside the window), raise indicator levels, add missing evidence, raise SPD rows,"
          + " open the basic-service gate, report more innovations. Gains are exact and the plan is re-scored.",
      "Effort is counted in steps: by default one per level raised, per evidence added and per"
          + " new innovation, nothing locked. --effort bundled applies the provisional default profile"
          + " (macro SPD rows locked, a new innovation at ten documents); --effort FILE your own."
    },
    footer = {"", "Examples:", "  inovasi plan docs/samples/rote-ndao-2026.json --rating SANGAT_INOVATIF",
        "  inovasi plan blitar.json --target 50 --per-innovation 10 --json",
        "  inovasi plan blitar.json --rating INOVATIF --effort bundled --unlock 9 --budget 30",
        "  inovasi plan blitar-verified.json --rating INOVATIF --verified",
        "  inovasi plan daftar.xlsx jawaban.xlsx --rating INOVATIF --out rencana.xlsx"})
public final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..2", paramLabel = "FILE",
      description = "An assessment document (JSON), or an innovation register and its answers table"
          + " (.csv or .xlsx).")
  List<Path> files;

  @Mixin ScoringInput.EditionOptions edition;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Goal goal;

  static final class Goal {
    @Option(names = "--target", paramLabel = "IID", description = "The IID to reach, e.g. 50.00.")
    BigDecimal index;

    @Option(names = "--rating", paramLabel = "PREDICATE",
        description = "The predicate to reach: INOVATIF or SANGAT_INOVATIF (or INNOVATIVE, VERY_INNOVATIVE).")
    String rating;
  }

  @Option(names = "--per-level", defaultValue = "1", paramLabel = "N", description = "Effort per level raised (default ${DEFAULT-VALUE}).")
  int perLevel;

  @Option(names = "--per-evidence", defaultValue = "1", paramLabel = "N", description = "Effort per evidence added (default ${DEFAULT-VALUE}).")
  int perEvidence;

  @Option(names = "--per-innovation", defaultValue = "1", paramLabel = "N", description = "Effort per new innovation (default ${DEFAULT-VALUE}).")
  int perInnovation;

  @Option(names = "--new-level", defaultValue = "2", paramLabel = "L", description = "SID level assumed for new innovations, 1-3 (default ${DEFAULT-VALUE}).")
  int newLevel;

  @Option(names = "--max-new", defaultValue = "20", paramLabel = "M", description = "Most new innovations to consider (default ${DEFAULT-VALUE}).")
  int maxNew;

  @Option(names = "--candidates", defaultValue = "10", paramLabel = "N", description = "Single actions to list, best gain per effort first (default ${DEFAULT-VALUE}).")
  int candidates;

  @Option(names = "--effort", paramLabel = "FILE", description = "An effort profile (costs per row, locked rows),"
      + " or 'bundled' for the provisional default; replaces the --per-* weights.")
  String effortProfile;

  @Option(names = "--lock", paramLabel = "CODE", description = "Lock an SPD row (or SID indicator): the plan never touches it. Repeatable.")
  List<String> lock = new ArrayList<>();

  @Option(names = "--unlock", paramLabel = "CODE", description = "Unlock a row the profile locks. Repeatable.")
  List<String> unlock = new ArrayList<>();

  @Option(names = "--budget", paramLabel = "STEPS", description = "Spend at most this effort: the best plan within it.")
  Integer budget;

  @Option(names = "--verified", description = "Plan on the verifier's levels: start from the verified IID and"
      + " never count on an answer the verifier rejected or lowered; restoring it is an action with its cost.")
  boolean verified;

  @Option(names = "--json", description = "Write JSON instead of text.")
  boolean json;

  @Mixin ResultOutput resultOutput;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Target target = goal.index != null ? Target.index(goal.index) : Target.rating(rating(goal.rating));
    boolean keep = resultOutput.check(files);
    List<PlanEntry> rows = new ArrayList<>();
    List<Object> docs = new ArrayList<>();
    for (Assessment a : ScoringInput.read(files, edition, spec.commandLine().getErr())) {
      IidEdition e = edition.resolve(a);
      ImprovementPlanner planner = ImprovementPlanner.of(e)
          .withEffortProfile(profile(e))
          .withNewInnovationLevel(newLevel)
          .withMaxNewInnovations(maxNew)
          .withBasis(verified ? ScoreBasis.VERIFIED : ScoreBasis.CLAIMED);
      if (budget != null) {
        planner = planner.withBudget(budget);
      }
      ImprovementPlan plan = planner.plan(a, target);
      rows.addAll(PlanEntry.of(a.region().code(), plan, candidates));
      if (json) {
        docs.add(document(a, plan));
      } else {
        print(out, a, plan);
      }
    }
    if (json) {
      ScoringInput.printJson(out, docs.size() == 1 ? docs.get(0) : docs);
    }
    if (keep) {
      resultOutput.write(files, rows, InovasiTables::planWriter, spec.commandLine().getErr());
    }
    return 0;
  }

  private EffortProfile profile(IidEdition e) {
    EffortProfile p = effortProfile == null ? EffortProfile.uniform(new Effort(perLevel, perEvidence, perInnovation))
        : effortProfile.equals("bundled") ? EffortProfile.bundled() : EffortProfile.read(Path.of(effortProfile));
    for (String code : lock) {
      p = p.withLocked(known(e, code));
    }
    for (String code : unlock) {
      p = p.withUnlocked(known(e, code));
    }
    return p;
  }

  private static String known(IidEdition e, String code) {
    if (e.spdIndicators().stream().noneMatch(i -> i.code().equals(code))
        && e.sidIndicators().stream().noneMatch(i -> i.code().equals(code))) {
      throw new io.github.inovasi.model.InovasiException("Kode '" + code + "' bukan baris SPD atau indikator SID "
          + e.id() + " / '" + code + "' is not an SPD row or SID indicator of " + e.id());
    }
    return code;
  }

  static Rating rating(String text) {
    String t = text.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
    for (Rating r : Rating.values()) {
      if (r.name().equals(t) || r.label().indonesian().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').equals(t)) {
        return r;
      }
    }
    throw new io.github.inovasi.model.InovasiException("Unknown predicate '" + text
        + "'; use INOVATIF, SANGAT_INOVATIF, KURANG_INOVATIF (or the English names)");
  }

  private void print(PrintWriter out, Assessment a, ImprovementPlan p) {
    out.printf("%s: IID %s (%s / %s), target %s (IID ≥ %s)%n", a.region(), p.currentIndex().toPlainString(),
        p.basis().label().indonesian(), p.basis().label().english(), p.target(), p.targetIndex().toPlainString());
    if (!p.reachable() && p.actions().isEmpty()) {
      out.println("Not reachable within the search bounds (--max-new " + maxNew
          + (budget == null ? "" : ", --budget " + budget) + ").");
    } else if (!p.reachable()) {
      out.printf("Not reachable within --budget %d; the best plan within it (effort %d) → IID %s, %s:%n", budget,
          p.effort(), p.resultingIndex().toPlainString(), p.resultingRating().label().indonesian());
      printActions(out, p);
    } else if (p.actions().isEmpty()) {
      out.println("Already there.");
    } else {
      out.printf("Least-effort plan (effort %d) → IID %s, %s:%n", p.effort(), p.resultingIndex().toPlainString(),
          p.resultingRating().label().indonesian());
      printActions(out, p);
    }
    out.printf("%nOne more innovation (all SID indicators at level %d) adds %s IID points.%n",
        p.assumedNewInnovationLevel(), p.oneMoreInnovation().toPlainString());
    out.println();
    out.println("Best single actions (gain per effort):");
    for (PlanAction x : p.candidates().subList(0, Math.min(candidates, p.candidates().size()))) {
      out.printf("  +%-9s effort %-3d %s%n", x.gain().toPlainString(), x.effort(), x.description().english());
    }
  }

  private static void printActions(PrintWriter out, ImprovementPlan p) {
    for (PlanAction x : p.actions()) {
      out.printf("  [%2d] %s (alone +%s)%n", x.effort(), x.description().english(), x.gain().toPlainString());
    }
  }

  private Map<String, Object> document(Assessment a, ImprovementPlan p) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("region", a.region().code().toString());
    doc.put("basis", p.basis().name());
    doc.put("currentIid", p.currentIndex());
    doc.put("targetIid", p.targetIndex());
    doc.put("reachable", p.reachable());
    doc.put("effort", p.effort());
    p.budget().ifPresent(b -> doc.put("budget", b));
    doc.put("resultingIid", p.resultingIndex());
    doc.put("resultingRating", p.resultingRating().name());
    doc.put("actions", p.actions().stream().map(PlanCommand::action).collect(Collectors.toList()));
    doc.put("oneMoreInnovation", p.oneMoreInnovation());
    doc.put("candidates", p.candidates().stream().limit(candidates).map(PlanCommand::action).collect(Collectors.toList()));
    return doc;
  }

  private static Map<String, Object> action(PlanAction x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", x.kind().name());
    x.innovationId().ifPresent(v -> m.put("innovation", v));
    x.indicatorCode().ifPresent(v -> m.put("indicator", v));
    m.put("fromLevel", x.fromLevel());
    m.put("toLevel", x.toLevel());
    m.put("addsEvidence", x.addsEvidence());
    x.affair().ifPresent(v -> m.put("affair", v.name()));
    if (x.innovations() > 0) {
      m.put("innovations", x.innovations());
    }
    m.put("effort", x.effort());
    m.put("gain", x.gain());
    m.put("description", x.description().english());
    return m;
  }
}
