package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.scoring.internal.JsonFields;
import io.github.inovasi.scoring.internal.JsonTree;
import io.github.inovasi.scoring.internal.JsonTree.Node;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a national-averages file (format {@code inovasi-national-averages}), collecting every
 * problem with its line, column and JSON pointer before throwing, in Indonesian and English.
 */
final class NationalAveragesReader extends JsonFields {
  static final String FORMAT = "inovasi-national-averages";
  static final int FORMAT_VERSION = 1;

  private final String source;

  private NationalAveragesReader(String source) {
    this.source = source;
  }

  static NationalAverages read(InputStream in, String source) {
    return new NationalAveragesReader(source).run(in);
  }

  private NationalAverages run(InputStream in) {
    Node root = JsonTree.parse(in, source, problems);
    NationalAverages out = root == null ? null : averages(root);
    if (out == null || !problems.isEmpty()) {
      throw new InvalidInputException(
          "National averages " + source + " has " + problems.size() + " problem(s)", problems);
    }
    return out;
  }

  private NationalAverages averages(Node root) {
    if (!object(root, "format", "formatVersion", "provenance", "averages")) {
      return null;
    }
    String format = string(required(root, "format"));
    if (format != null && !FORMAT.equals(format)) {
      problems.add(problem("WRONG_FORMAT", root.fields.get("format"), "Bukan berkas rata-rata nasional",
          "Not a national-averages file", FORMAT));
    }
    Integer version = integer(required(root, "formatVersion"), 1, Integer.MAX_VALUE);
    if (version != null && version != FORMAT_VERSION) {
      problems.add(problem("UNSUPPORTED_VERSION", root.fields.get("formatVersion"),
          "Versi format tidak didukung", "Unsupported format version", String.valueOf(FORMAT_VERSION)));
    }
    Provenance provenance = provenance(required(root, "provenance"));
    Node list = required(root, "averages");
    if (list == null || !array(list)) {
      return null;
    }
    List<NationalAverages.Average> averages = new ArrayList<>();
    Set<Integer> years = new HashSet<>();
    for (Node row : list.items) {
      if (!object(row, "year", "average", "provenance")) {
        continue;
      }
      Integer year = integer(required(row, "year"), 2000, 2100);
      BigDecimal average = decimal(required(row, "average"));
      Provenance p = provenance(required(row, "provenance"));
      if (year == null || average == null || p == null) {
        continue;
      }
      if (!years.add(year)) {
        problems.add(problem("DUPLICATE_YEAR", row.fields.get("year"), "Tahun ganda: " + year,
            "Duplicate year: " + year, "each year once"));
        continue;
      }
      try {
        averages.add(new NationalAverages.Average(year, average, p));
      } catch (InvalidValueException x) {
        problems.add(x.toProblem(row.fields.get("average").location));
      }
    }
    if (provenance == null) {
      return null;
    }
    averages.sort(java.util.Comparator.comparingInt(NationalAverages.Average::year));
    return new NationalAverages(provenance, averages);
  }
}
