package io.github.inovasi.scoring.iga;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.iid.Provenance;
import io.github.inovasi.scoring.internal.JsonFields;
import io.github.inovasi.scoring.internal.JsonTree;
import io.github.inovasi.scoring.internal.JsonTree.Node;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the bundled nominee counts file, every problem located, as the edition reader does. */
final class NomineeCountsReader extends JsonFields {
  static final String FORMAT = "inovasi-iga-nominee-counts";
  static final ImmutableList<NomineeCounts> BUNDLED = bundledCounts();

  private final String source;

  private NomineeCountsReader(String source) {
    this.source = source;
  }

  private static ImmutableList<NomineeCounts> bundledCounts() {
    String name = "nominee-counts.json";
    try (InputStream in = NomineeCountsReader.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new InovasiException("Bundled resource missing: " + name);
      }
      return new NomineeCountsReader(name).run(in);
    } catch (IOException e) {
      throw new InovasiException("Cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  ImmutableList<NomineeCounts> run(InputStream in) {
    Node root = JsonTree.parse(in, source, problems);
    ImmutableList.Builder<NomineeCounts> out = ImmutableList.builder();
    if (root != null && object(root, "format", "formatVersion", "years")) {
      String format = string(required(root, "format"));
      if (format != null && !FORMAT.equals(format)) {
        problems.add(problem("WRONG_FORMAT", root.fields.get("format"), "Format salah", "Wrong format", FORMAT));
      }
      integer(required(root, "formatVersion"), 1, 1);
      Node years = required(root, "years");
      if (years != null && array(years)) {
        for (Node year : years.items) {
          if (object(year, "year", "counts", "provenance")) {
            Integer y = integer(required(year, "year"), 2000, 2100);
            Provenance p = provenance(required(year, "provenance"));
            Map<RankingCategory, Integer> counts = counts(required(year, "counts"));
            if (y != null && p != null && counts != null) {
              setIf(guard(year, () -> NomineeCounts.of(y, counts, p)), out::add);
            }
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(source + " has " + problems.size() + " problem(s)", problems);
    }
    return out.build();
  }

  private Map<RankingCategory, Integer> counts(Node node) {
    if (node == null || !object(node, RankingCategory.awardCategories().stream()
        .map(RankingCategory::id).toArray(String[]::new))) {
      return null;
    }
    Map<RankingCategory, Integer> out = new LinkedHashMap<>();
    for (RankingCategory c : RankingCategory.awardCategories()) {
      Node n = node.fields.get(c.id());
      if (n != null) {
        setIf(integer(n, 1, 1000), v -> out.put(c, v));
      }
    }
    return out;
  }
}
