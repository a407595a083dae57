package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.scoring.internal.JsonFields;
import io.github.inovasi.scoring.internal.JsonTree;
import io.github.inovasi.scoring.internal.JsonTree.Node;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an effort profile file (format {@code inovasi-effort-profile}) into an {@link
 * EffortProfile}, collecting every problem with its line, column and JSON pointer before throwing,
 * in Indonesian and English; nothing is defaulted silently.
 */
final class EffortProfileReader extends JsonFields {
  static final String FORMAT = "inovasi-effort-profile";
  static final int FORMAT_VERSION = 1;

  private final String source;

  private EffortProfileReader(String source) {
    this.source = source;
  }

  static EffortProfile read(InputStream in, String source) {
    return new EffortProfileReader(source).run(in);
  }

  private EffortProfile run(InputStream in) {
    Node root = JsonTree.parse(in, source, problems);
    EffortProfile profile = root == null ? null : profile(root);
    if (profile == null || !problems.isEmpty()) {
      throw new InvalidInputException(
          "Effort profile " + source + " has " + problems.size() + " problem(s)", problems);
    }
    return profile;
  }

  private EffortProfile profile(Node root) {
    if (!object(root, "format", "formatVersion", "id", "provenance", "defaults", "spd", "sid")) {
      return null;
    }
    String format = string(required(root, "format"));
    if (format != null && !FORMAT.equals(format)) {
      problems.add(problem("WRONG_FORMAT", root.fields.get("format"), "Bukan berkas profil upaya",
          "Not an effort profile file", FORMAT));
    }
    Integer version = integer(required(root, "formatVersion"), 1, Integer.MAX_VALUE);
    if (version != null && version != FORMAT_VERSION) {
      problems.add(problem("UNSUPPORTED_VERSION", root.fields.get("formatVersion"),
          "Versi format tidak didukung", "Unsupported format version", String.valueOf(FORMAT_VERSION)));
    }
    String id = string(required(root, "id"));
    Provenance provenance = provenance(required(root, "provenance"));
    Effort defaults = null;
    Node d = required(root, "defaults");
    if (object(d, "perLevel", "perEvidence", "perInnovation", "perDesign", "perRenewal", "provenance")) {
      Integer level = integer(required(d, "perLevel"), 1, 1000);
      Integer evidence = integer(required(d, "perEvidence"), 1, 1000);
      Integer innovation = integer(required(d, "perInnovation"), 1, 1000);
      Node designNode = d.fields.get("perDesign");
      Node renewalNode = d.fields.get("perRenewal");
      Integer design = designNode == null ? evidence : integer(designNode, 1, 1000);
      Integer renewal = renewalNode == null ? evidence : integer(renewalNode, 1, 1000);
      provenance(required(d, "provenance"));
      if (level != null && evidence != null && innovation != null && design != null && renewal != null) {
        defaults = new Effort(level, evidence, innovation, design, renewal);
      }
    }
    Map<String, EffortProfile.Cost> spd = costs(required(root, "spd"), defaults);
    Map<String, EffortProfile.Cost> sid = costs(required(root, "sid"), defaults);
    if (id == null || provenance == null || defaults == null || spd == null || sid == null) {
      return null;
    }
    return EffortProfile.of(id, defaults, provenance, spd, sid);
  }

  /** Rows by code; a row without its own weights takes the defaults. */
  private Map<String, EffortProfile.Cost> costs(Node node, Effort defaults) {
    if (node == null || !array(node)) {
      return null;
    }
    Map<String, EffortProfile.Cost> out = new LinkedHashMap<>();
    for (Node row : node.items) {
      if (!object(row, "code", "perLevel", "perEvidence", "locked", "provenance")) {
        continue;
      }
      String code = string(required(row, "code"));
      Node level = row.fields.get("perLevel");
      Node evidence = row.fields.get("perEvidence");
      Integer perLevel = level == null ? null : integer(level, 1, 1000);
      Integer perEvidence = evidence == null ? null : integer(evidence, 1, 1000);
      Node lockedNode = row.fields.get("locked");
      Boolean locked = lockedNode == null ? Boolean.FALSE : bool(lockedNode);
      Provenance provenance = provenance(required(row, "provenance"));
      if (level == null && evidence == null && lockedNode == null) {
        problems.add(problem("EMPTY_ROW", row, "Baris tidak memuat biaya maupun kunci",
            "The row gives neither a cost nor a lock", "perLevel, perEvidence or locked"));
        continue;
      }
      if (code == null || locked == null || provenance == null || defaults == null
          || (level != null && perLevel == null) || (evidence != null && perEvidence == null)) {
        continue;
      }
      if (out.containsKey(code)) {
        problems.add(problem("DUPLICATE_CODE", row.fields.get("code"), "Kode ganda: " + code,
            "Duplicate code: " + code, "each code once"));
        continue;
      }
      int l = perLevel == null ? defaults.perLevel() : perLevel;
      int e = perEvidence == null ? defaults.perEvidence() : perEvidence;
      try {
        out.put(code, new EffortProfile.Cost(l, e, locked, provenance));
      } catch (InvalidValueException x) {
        problems.add(x.toProblem(row.location));
      }
    }
    return out;
  }
}
