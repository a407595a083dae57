package io.github.inovasi.examples;

import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.scoring.iid.IidEdition;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.IidScorer;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The README's quick start, compiled and tested so that it cannot rot: read an assessment in
 * Inovasi's JSON format, score it under the IID 2026 rules and print where points were lost.
 *
 * <p>Run it with {@code java -cp examples/target/inovasi.jar io.github.inovasi.examples.QuickStart
 * docs/samples/rote-ndao-2026.json}.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Scores the assessment file named by the first argument.
   *
   * @param args one argument: the path of an assessment document
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    // quick-start:begin
    Assessment assessment =
        InovasiJson.create().read(Path.of(args[0]), JsonKind.ASSESSMENT).get(0);
    IidScore score = IidScorer.of(IidEdition.bundled("iid-2026")).score(assessment);

    System.out.println(assessment.region().name() + ": IID " + score.index()
        + " (" + score.rating().label() + ")");
    for (var line : score.breakdown().largestLosses(3)) {
      System.out.println("  -" + line.lost() + "  " + line.part() + " " + line.code()
          + line.innovationId().map(id -> " of " + id).orElse("") + ": " + line.label());
    }
    // quick-start:end
  }
}
