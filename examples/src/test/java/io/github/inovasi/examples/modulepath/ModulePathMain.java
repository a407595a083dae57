package io.github.inovasi.examples.modulepath;

import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.reference.RegionDirectory;
import io.github.inovasi.scoring.ScoringPolicies;
import io.github.inovasi.scoring.iid.IidEdition;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.IidScorer;
import java.nio.file.Path;

/**
 * Run by {@link ModulePathTest} from the class path against the library modules on the module
 * path: named modules, resources read from inside them (editions, the region list), services
 * found through {@code provides}/{@code uses}, and Jackson reflecting on exported types.
 */
public final class ModulePathMain {
  private ModulePathMain() {}

  /**
   * Scores the sample assessment and prints what it checked; exits 3 on a failed check.
   *
   * @param args the sample assessment file
   * @throws Exception if anything fails
   */
  public static void main(String[] args) throws Exception {
    check(IidEdition.class.getModule().isNamed(), "io.github.inovasi.scoring is a named module");
    check(InovasiJson.class.getModule().getName().equals("io.github.inovasi.io"), "io module name");
    check(RegionDirectory.class.getModule().getName().equals("io.github.inovasi.model"), "model module name");
    check(RegionDirectory.kemendagri().all().size() > 500, "region list read from inside the model module");
    check(ScoringPolicies.standard().ids().contains("iid-2026"), "built-in policies found as a service");
    Assessment a = InovasiJson.create().read(Path.of(args[0]), JsonKind.ASSESSMENT).get(0);
    IidScore s = IidScorer.of(IidEdition.bundled("iid-2026")).score(a);
    System.out.println("module path: " + IidEdition.class.getModule().getName() + " IID " + s.index());
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      System.out.println("FAILED: " + what);
      System.exit(3);
    }
  }
}
