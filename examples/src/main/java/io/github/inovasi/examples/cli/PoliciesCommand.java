package io.github.inovasi.examples.cli;

import io.github.inovasi.scoring.Grade;
import io.github.inovasi.scoring.ScoringPolicies;
import io.github.inovasi.scoring.ScoringPolicy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code inovasi policies}: every policy of the registry, bundled and plugged. */
@Command(
    name = "policies",
    mixinStandardHelpOptions = true,
    description = {
      "List every scoring policy in the registry: the bundled IID editions and rubrics, and the"
          + " policies of provider jars on the class path, with what each scores and its grades.",
      "Use one with score, rank or explain --policy ID."
    },
    footer = {"", "Examples:", "  inovasi policies", "  java -cp inovasi.jar:my-policy.jar io.github.inovasi.examples.cli.InovasiCommand policies"})
public final class PoliciesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Write JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> rows = new ArrayList<>();
    if (!json) {
      out.printf("%-26s %-11s %s%n", "Id", "Scores", "Description");
    }
    for (ScoringPolicy p : ScoringPolicies.standard().all()) {
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("unit", p.unit().code());
        m.put("grades", p.grades().stream().map(Grade::code).collect(Collectors.toList()));
        m.put("description", p.description());
        rows.add(m);
      } else {
        out.printf("%-26s %-11s %s%n", p.id(), p.unit().code(), p.description());
        out.printf("%-26s %-11s grades: %s%n", "", "", p.grades().stream()
            .map(g -> g.label().indonesian()).collect(Collectors.joining(" < ")));
      }
    }
    if (json) {
      ScoringInput.printJson(out, rows);
    }
    return 0;
  }
}
