package io.github.inovasi.examples.cli;

import com.google.common.html.HtmlEscapers;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.iid.BreakdownLine;
import io.github.inovasi.scoring.iid.IidEdition;
import io.github.inovasi.scoring.iid.IidFigures;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.IidScorer;
import io.github.inovasi.scoring.iid.ImprovementPlan;
import io.github.inovasi.scoring.iid.ImprovementPlanner;
import io.github.inovasi.scoring.iid.PlanAction;
import io.github.inovasi.scoring.iid.Target;
import io.github.inovasi.model.InovasiException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inovasi report}: a printable HTML page of one region's IID, where its points were
 * lost and the least-effort plan to a predicate, in Indonesian or English.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write a printable HTML report of one region: its IID and predicate, the components, the"
          + " largest losses and the least-effort plan to reach a predicate, in Indonesian or English."
    },
    footer = {"", "Examples:",
        "  inovasi report --lang id --out rapor.html daftar.xlsx jawaban.xlsx",
        "  inovasi report --lang en --rating INNOVATIVE --out report.html docs/samples/rote-ndao-2026.json"})
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..2", paramLabel = "FILE",
      description = "An assessment document (JSON), or an innovation register and its answers table.")
  List<Path> files;

  @Mixin ScoringInput.EditionOptions edition;

  @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The report to write.")
  Path out;

  @Option(names = "--force", description = "Replace an existing report (never an input).")
  boolean force;

  @Option(names = "--lang", paramLabel = "id|en", defaultValue = "id",
      description = "Language of the report: id (Indonesian) or en (English). Default: ${DEFAULT-VALUE}.")
  String language;

  @Option(names = "--rating", paramLabel = "PREDICATE", defaultValue = "VERY_INNOVATIVE",
      description = "The predicate the plan reaches for. Default: ${DEFAULT-VALUE}.")
  String rating;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Losses to list (default ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() {
    OutputFiles outputs = OutputFiles.of(files, force);
    outputs.check(out, OutputFiles.Format.HTML);
    Locale locale = Locale.forLanguageTag(language);
    Rating goal = PlanCommand.rating(rating);
    List<Assessment> assessments = ScoringInput.read(files, edition, spec.commandLine().getErr());
    if (assessments.size() != 1) {
      throw new InovasiException("laporan dibuat untuk satu wilayah; berkas memuat " + assessments.size()
          + " / a report is of one region; the input holds " + assessments.size());
    }
    Assessment a = assessments.get(0);
    IidEdition e = edition.resolve(a);
    IidScore score = IidScorer.of(e).score(a);
    ImprovementPlan plan = ImprovementPlanner.of(e).plan(a, Target.rating(goal));
    String html = html(a, score, plan, locale);
    outputs.write(out, o -> {
      Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
      w.write(html);
      w.flush();
    });
    spec.commandLine().getOut().println("wrote " + out);
    return 0;
  }

  private String html(Assessment a, IidScore s, ImprovementPlan p, Locale locale) {
    boolean id = "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage());
    IidFigures f = s.figures();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"").append(id ? "id" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(t(id, "Laporan IID", "IID report") + " — " + a.region().name())).append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse;width:100%}")
        .append("th,td{border:1px solid #999;padding:.3em .5em;text-align:left}td.n{text-align:right}")
        .append("@media print{body{margin:0}a{color:inherit}}\n</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(a.region().toString())).append("</h1>\n<p>")
        .append(esc(t(id, "Edisi", "Edition"))).append(": ").append(esc(s.policyId())).append("</p>\n");
    h.append("<h2>").append(esc(t(id, "Nilai", "Score"))).append("</h2>\n<table>\n");
    row(h, t(id, "Indeks Inovasi Daerah (IID)", "Regional Innovation Index (IID)"), f.index().toPlainString());
    row(h, t(id, "Predikat", "Predicate"), s.rating().label().in(locale));
    row(h, "SPD", f.spd().toPlainString());
    row(h, t(id, "Rata-rata SID", "SID average"), f.sidAverage().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    row(h, t(id, "Skor jumlah inovasi", "Innovation count score"), f.countScore().toPlainString());
    row(h, t(id, "Inovasi yang dihitung (n)", "Innovations counted (n)"), String.valueOf(f.innovations()));
    row(h, t(id, "Urusan pelayanan dasar", "Basic-service affairs"), f.basicServiceAffairsCovered() + "/6");
    h.append("</table>\n");
    h.append("<h2>").append(esc(t(id, "Poin yang hilang terbesar", "Largest losses"))).append("</h2>\n<table>\n<tr><th>")
        .append(esc(t(id, "Bagian", "Part"))).append("</th><th>").append(esc(t(id, "Kode", "Code"))).append("</th><th>")
        .append(esc(t(id, "Inovasi", "Innovation"))).append("</th><th>").append(esc(t(id, "Uraian", "Description")))
        .append("</th><th>").append(esc(t(id, "Poin hilang", "Points lost"))).append("</th></tr>\n");
    for (BreakdownLine line : s.breakdown().largestLosses(top)) {
      h.append("<tr><td>").append(esc(String.valueOf(line.part()))).append("</td><td>").append(esc(line.code())).append("</td><td>")
          .append(esc(line.innovationId().orElse(""))).append("</td><td>").append(esc(line.label().in(locale)))
          .append("</td><td class=\"n\">").append(esc(line.lost().toPlainString())).append("</td></tr>\n");
    }
    h.append("</table>\n");
    h.append("<h2>").append(esc(t(id, "Rencana peningkatan", "Improvement plan"))).append(": ")
        .append(esc(p.target().toString())).append("</h2>\n");
    if (!p.reachable()) {
      h.append("<p>").append(esc(t(id, "Tidak tercapai dalam batas pencarian.", "Not reachable within the search bounds."))).append("</p>\n");
    } else if (p.actions().isEmpty()) {
      h.append("<p>").append(esc(t(id, "Sudah tercapai.", "Already reached."))).append("</p>\n");
    } else {
      h.append("<p>").append(esc(t(id, "Hasil", "Result"))).append(": IID ").append(esc(p.resultingIndex().toPlainString()))
          .append(", ").append(esc(p.resultingRating().label().in(locale))).append("</p>\n<ol>\n");
      for (PlanAction x : p.actions()) {
        h.append("<li>").append(esc(x.description().in(locale))).append(" (+").append(esc(x.gain().toPlainString()))
            .append(")</li>\n");
      }
      h.append("</ol>\n");
    }
    if (!s.tentativeRules().isEmpty()) {
      h.append("<p><em>").append(esc(t(id, "Sebagian aturan edisi ini bersifat sementara (provisional).",
          "Some rules of this edition are provisional."))).append("</em></p>\n");
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static String t(boolean indonesian, String id, String en) {
    return Label.of(id, en).in(indonesian ? Locale.forLanguageTag("id") : Locale.ENGLISH);
  }

  private static void row(StringBuilder h, String name, String value) {
    h.append("<tr><th>").append(esc(name)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
  }

  private static String esc(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }
}
