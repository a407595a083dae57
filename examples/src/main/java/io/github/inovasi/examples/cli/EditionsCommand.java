package io.github.inovasi.examples.cli;

import io.github.inovasi.scoring.iid.Band;
import io.github.inovasi.scoring.iid.EditionElement;
import io.github.inovasi.scoring.iid.IidEdition;
import io.github.inovasi.scoring.iid.Provenance;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inovasi editions}: the IID editions, their rules and where each rule comes from. */
@Command(
    name = "editions",
    mixinStandardHelpOptions = true,
    description = {
      "List the bundled IID editions, or show one edition's rules with the provenance of each"
          + " (official, transcribed, derived, provisional, unknown) and what it lacks.",
      "--file checks an edition file and reports every problem with its line and column."
    },
    footer = {"", "Examples:", "  inovasi editions", "  inovasi editions iid-2023",
        "  inovasi editions --file my-iid-2028.json"})
public final class EditionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "An edition id, e.g. iid-2026.")
  String id;

  @Option(names = "--file", paramLabel = "FILE", description = "Read and check an edition file.")
  Path file;

  @Option(names = "--json", description = "Write JSON instead of text.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (file == null && id == null) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (String each : IidEdition.bundledIds()) {
        IidEdition e = IidEdition.bundled(each);
        if (json) {
          rows.add(summary(e));
        } else {
          out.printf("%-9s %-48s %-12s %s%n", e.id(), e.title().english(),
              e.provenance(EditionElement.EDITION).status().code(),
              e.missing().isEmpty() ? "complete" : "lacks " + e.missing());
        }
      }
      if (json) {
        ScoringInput.printJson(out, rows);
      }
      return 0;
    }
    IidEdition e = file != null ? IidEdition.read(file) : IidEdition.bundled(id);
    if (json) {
      ScoringInput.printJson(out, detail(e));
    } else {
      print(out, e);
    }
    return 0;
  }

  private static Map<String, Object> summary(IidEdition e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("year", e.year());
    m.put("title", e.title().english());
    m.put("status", e.provenance(EditionElement.EDITION).status().code());
    m.put("missing", e.missing().stream().map(Enum::name).toList());
    return m;
  }

  private static Map<String, Object> detail(IidEdition e) {
    Map<String, Object> m = summary(e);
    m.put("divisorFloor", e.divisorFloor());
    e.countRule().ifPresent(r -> m.put("countRule", Map.of("pointsPerInnovation", r.pointsPerInnovation(),
        "cap", r.cap(), "minBasicServiceAffairs", r.minBasicServiceAffairs())));
    e.maxima().ifPresent(x -> m.put("maxima", Map.of("spd", x.spd(), "sid", x.sid(), "count", x.count(), "total", x.total())));
    List<Map<String, Object>> bands = new ArrayList<>();
    for (Band b : e.bands()) {
      bands.add(Map.of("rating", b.rating().name(), "from", b.from(), "to", b.to(), "label", b.label().indonesian()));
    }
    m.put("bands", bands);
    m.put("spdRows", e.spdIndicators().size());
    m.put("sidIndicators", e.sidIndicators().size());
    Map<String, Object> prov = new LinkedHashMap<>();
    e.provenance().forEach((k, p) -> prov.put(k.name(), provenance(p)));
    m.put("provenance", prov);
    return m;
  }

  private static Map<String, Object> provenance(Provenance p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", p.status().code());
    m.put("sources", p.sources());
    p.note().ifPresent(n -> m.put("note", n));
    return m;
  }

  private static void print(PrintWriter out, IidEdition e) {
    out.printf("%s — %s%n", e.id(), e.title());
    out.printf("  divisor floor k          MAX(%d, n)%n", e.divisorFloor());
    out.printf("  count score              %s%n", e.countRule().map(Object::toString).orElse("unknown"));
    out.printf("  maxima                   %s%n", e.maxima().map(Object::toString).orElse("unknown"));
    out.printf("  rounding                 %d decimals, %s, before classifying%n", e.roundingScale(), e.roundingMode());
    out.printf("  bands                    %s%n", e.bands());
    out.printf("  catalogue                %d SPD rows, %d SID indicators%n", e.spdIndicators().size(), e.sidIndicators().size());
    boolean window = e.eligibility().implementedFrom().isPresent() || e.eligibility().implementedTo().isPresent();
    out.printf("  eligibility              window %s, design narrative %s, stages %s%n",
        window ? e.eligibility().implementedFrom().map(Object::toString).orElse("…") + ".."
            + e.eligibility().implementedTo().map(Object::toString).orElse("…") : "(none applied)",
        e.eligibility().minDesignWords().isPresent()
            ? "≥ " + e.eligibility().minDesignWords().getAsInt() + " words" : "(no minimum applied)",
        e.eligibility().stages());
    if (!e.missing().isEmpty()) {
      out.printf("  lacks                    %s%s%n", e.missing(),
          e.assumptions().isPresent() ? " (declared assumptions: --assume)" : "");
    }
    out.println();
    out.println("Provenance:");
    e.provenance().forEach((element, p) -> {
      out.printf("  %-22s %s%n", element, p.status().code());
      p.sources().forEach(s -> out.printf("  %-22s   source: %s%n", "", s));
      p.note().ifPresent(n -> out.printf("  %-22s   note: %s%n", "", n));
    });
  }
}
