package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Aspect;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.IndicatorLevel;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.MeasurementBasis;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.Stage;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.internal.JsonFields;
import io.github.inovasi.scoring.internal.JsonTree;
import io.github.inovasi.scoring.internal.JsonTree.Kind;
import io.github.inovasi.scoring.internal.JsonTree.Node;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an edition file (format {@code inovasi-iid-edition}, see docs/iid-editions.md) into an
 * {@link IidEdition}, collecting every problem with its line, column and JSON pointer before
 * throwing; nothing is defaulted silently.
 */
final class EditionReader extends JsonFields {
  static final String FORMAT = "inovasi-iid-edition";
  static final int FORMAT_VERSION = 1;

  private final String source;
  private final List<Band> bands = new ArrayList<>();
  private final List<Indicator> spd = new ArrayList<>();
  private final List<Indicator> sid = new ArrayList<>();
  private CountRule countRule;
  private Maxima maxima;
  private Integer divisor;
  private Integer scale;

  private EditionReader(String source) {
    this.source = source;
  }

  static IidEdition read(Path file) {
    return JsonFields.readFile(file, "IID edition file", in -> read(in, file.toString()));
  }

  static IidEdition read(URL url) {
    return JsonFields.readUrl(url, "IID edition", in -> read(in, url.toString()));
  }

  static IidEdition read(InputStream in, String source) {
    return new EditionReader(source).run(in);
  }

  private IidEdition run(InputStream in) {
    Node root = JsonTree.parse(in, source, problems);
    if (root == null) {
      throw fail();
    }
    index(root);
    IidEdition.Builder b = edition(root);
    if (b == null) {
      throw fail();
    }
    if (!problems.isEmpty()) {
      // Report the consistency problems of the parts that could be read, too.
      Set<EditionElement> all = java.util.EnumSet.allOf(EditionElement.class);
      for (Problem p : EditionValidator.validate(new EditionValidator.Parts(
          divisor == null ? 1 : divisor, scale == null ? 2 : scale, bands, spd, sid,
          java.util.Optional.ofNullable(maxima), java.util.Optional.ofNullable(countRule), all))) {
        if (!p.code().equals("SID_CATALOGUE_EMPTY") || sid.isEmpty()) {
          problems.add(Problem.builder().from(p).location(locate(p.location().path())).build());
        }
      }
      throw fail();
    }
    try {
      return b.build();
    } catch (InvalidInputException e) {
      for (Problem p : e.problems()) {
        problems.add(Problem.builder().from(p).location(locate(p.location().path())).build());
      }
    } catch (InvalidValueException e) {
      problems.add(e.toProblem(root.location));
    }
    throw fail();
  }

  private InvalidInputException fail() {
    return new InvalidInputException(
        "IID edition " + source + " has " + problems.size() + " problem(s)", problems);
  }


  // ---- the document ----

  private IidEdition.Builder edition(Node root) {
    if (!object(root, "format", "formatVersion", "id", "year", "title", "provenance", "formula",
        "countRule", "maxima", "bands", "eligibility", "spd", "sid", "assumptions")) {
      return null;
    }
    String format = string(required(root, "format"));
    if (format != null && !FORMAT.equals(format)) {
      problems.add(problem("WRONG_FORMAT", root.fields.get("format"), "Bukan berkas edisi IID",
          "Not an IID edition file", FORMAT));
    }
    Integer version = integer(required(root, "formatVersion"), 1, Integer.MAX_VALUE);
    if (version != null && version != FORMAT_VERSION) {
      problems.add(problem("UNSUPPORTED_VERSION", root.fields.get("formatVersion"),
          "Versi format tidak didukung", "Unsupported format version", String.valueOf(FORMAT_VERSION)));
    }
    IidEdition.Builder b = IidEdition.builder();
    java.util.EnumMap<EditionElement, Provenance> prov = new java.util.EnumMap<>(EditionElement.class);
    setIf(string(required(root, "id")), b::id);
    setIf(integer(required(root, "year"), 2000, 2100), b::year);
    setIf(label(required(root, "title")), b::title);
    putIf(prov, EditionElement.EDITION, provenance(required(root, "provenance")));
    formula(required(root, "formula"), b, prov);
    Node count = required(root, "countRule");
    if (object(count, "pointsPerInnovation", "cap", "minBasicServiceAffairs", "provenance")) {
      putIf(prov, EditionElement.COUNT_RULE, provenance(required(count, "provenance")));
      if (count.fields.size() > 1) {
        countRule = countRule(count);
        setIf(countRule, b::countRule);
      }
    }
    Node maxima = required(root, "maxima");
    if (object(maxima, "spd", "sid", "count", "total", "provenance")) {
      putIf(prov, EditionElement.MAXIMA, provenance(required(maxima, "provenance")));
      if (maxima.fields.size() > 1) {
        this.maxima = maxima(maxima);
        setIf(this.maxima, b::maxima);
      }
    }
    bands(required(root, "bands"), b, prov);
    eligibility(required(root, "eligibility"), b, prov);
    catalogue(required(root, "spd"), Aspect.SPD, EditionElement.SPD_CATALOGUE, b, prov);
    catalogue(required(root, "sid"), Aspect.SID, EditionElement.SID_CATALOGUE, b, prov);
    Node assumptions = root.fields.get("assumptions");
    if (assumptions != null && object(assumptions, "countRule", "maxima", "window", "provenance")) {
      Assumptions.Builder a = Assumptions.builder();
      setIf(provenance(required(assumptions, "provenance")), a::provenance);
      Node ac = assumptions.fields.get("countRule");
      if (ac != null && object(ac, "pointsPerInnovation", "cap", "minBasicServiceAffairs")) {
        setIf(countRule(ac), a::countRule);
      }
      Node am = assumptions.fields.get("maxima");
      if (am != null && object(am, "spd", "sid", "count", "total")) {
        setIf(maxima(am), a::maxima);
      }
      Node aw = assumptions.fields.get("window");
      if (aw != null && object(aw, "from", "to")) {
        setIf(date(required(aw, "from")), a::windowFrom);
        setIf(date(required(aw, "to")), a::windowTo);
      }
      setIf(guard(assumptions, a::build), b::assumptions);
    }
    b.provenance(prov);
    return b;
  }

  private void formula(Node formula, IidEdition.Builder b, Map<EditionElement, Provenance> prov) {
    if (!object(formula, "divisorFloor", "rounding")) {
      return;
    }
    Node divisor = required(formula, "divisorFloor");
    if (object(divisor, "value", "provenance")) {
      this.divisor = integer(required(divisor, "value"), 1, 100_000);
      setIf(this.divisor, b::divisorFloor);
      putIf(prov, EditionElement.DIVISOR, provenance(required(divisor, "provenance")));
    }
    Node rounding = required(formula, "rounding");
    if (object(rounding, "scale", "mode", "provenance")) {
      scale = integer(required(rounding, "scale"), 0, 10);
      setIf(scale, b::roundingScale);
      setIf(enumeration(required(rounding, "mode"), RoundingMode.class), b::roundingMode);
      putIf(prov, EditionElement.ROUNDING, provenance(required(rounding, "provenance")));
    }
  }

  private CountRule countRule(Node node) {
    BigDecimal points = positive(required(node, "pointsPerInnovation"));
    Integer cap = integer(required(node, "cap"), 1, 1_000_000);
    Integer gate = integer(required(node, "minBasicServiceAffairs"), 0, 6);
    if (points == null || cap == null || gate == null) {
      return null;
    }
    return CountRule.of(points, cap, gate);
  }

  private Maxima maxima(Node node) {
    BigDecimal spd = nonNegative(required(node, "spd"));
    BigDecimal sid = nonNegative(required(node, "sid"));
    BigDecimal count = nonNegative(required(node, "count"));
    BigDecimal total = nonNegative(required(node, "total"));
    if (spd == null || sid == null || count == null || total == null) {
      return null;
    }
    Maxima m = guard(node, () -> Maxima.of(spd, sid, count));
    if (m != null && m.total().compareTo(total) != 0) {
      problems.add(problem("MAXIMA_MISMATCH", node.fields.get("total"),
          "Total maksimum bukan jumlah SPD + SID + jumlah inovasi",
          "The total maximum is not SPD + SID + count", m.total().toPlainString()));
    }
    return m;
  }

  private void bands(Node node, IidEdition.Builder b, Map<EditionElement, Provenance> prov) {
    if (!object(node, "values", "provenance")) {
      return;
    }
    putIf(prov, EditionElement.BANDS, provenance(required(node, "provenance")));
    Node values = required(node, "values");
    if (!array(values)) {
      return;
    }
    for (Node band : values.items) {
      if (!object(band, "rating", "from", "to", "label")) {
        continue;
      }
      Rating rating = enumeration(required(band, "rating"), Rating.class);
      BigDecimal from = atRoundingScale(nonNegative(required(band, "from")));
      BigDecimal to = atRoundingScale(nonNegative(required(band, "to")));
      Label label = label(required(band, "label"));
      if (rating != null && from != null && to != null && label != null) {
        if (from.compareTo(to) > 0) {
          problems.add(problem("BAND_EDGES_REVERSED", band, "Batas bawah melebihi batas atas",
              "The lower edge is above the upper edge", "from ≤ to"));
        } else if (to.compareTo(BigDecimal.valueOf(100)) > 0) {
          problems.add(problem("BAND_ABOVE_100", band.fields.get("to"), "Batas atas melebihi 100",
              "The upper edge is above 100", "at most 100"));
        } else {
          Band built = Band.of(rating, from, to, label);
          bands.add(built);
          b.addBands(built);
        }
      }
    }
  }

  /**
   * A band edge as the edition publishes it: a file's 40.0 at rounding scale 2 means 40.00. Only
   * trailing zeros are added; an edge with more decimals than the scale is kept as written.
   */
  private BigDecimal atRoundingScale(BigDecimal edge) {
    return edge == null || scale == null || edge.scale() >= scale ? edge : edge.setScale(scale);
  }

  private void eligibility(Node node, IidEdition.Builder b, Map<EditionElement, Provenance> prov) {
    if (!object(node, "window", "minDesignWords", "stages", "mandatoryIndicators", "verification")) {
      return;
    }
    Eligibility.Builder e = Eligibility.builder();
    Node window = required(node, "window");
    if (object(window, "from", "to", "provenance")) {
      Node from = window.fields.get("from");
      Node to = window.fields.get("to");
      if (from != null) {
        setIf(date(from), e::implementedFrom);
      }
      if (to != null) {
        setIf(date(to), e::implementedTo);
      }
      putIf(prov, EditionElement.WINDOW, provenance(required(window, "provenance")));
    }
    Node words = required(node, "minDesignWords");
    if (object(words, "value", "provenance")) {
      Node value = words.fields.get("value");
      if (value != null) {
        setIf(integer(value, 0, 100_000), e::minDesignWords);
      }
      putIf(prov, EditionElement.DESIGN_WORDS, provenance(required(words, "provenance")));
    }
    Node stages = required(node, "stages");
    if (object(stages, "value", "provenance")) {
      Node value = required(stages, "value");
      if (array(value)) {
        for (Node stage : value.items) {
          setIf(enumeration(stage, Stage.class), e::addStages);
        }
      }
      putIf(prov, EditionElement.STAGES, provenance(required(stages, "provenance")));
    }
    Node mandatory = required(node, "mandatoryIndicators");
    if (object(mandatory, "value", "provenance")) {
      String value = string(required(mandatory, "value"));
      if (value != null) {
        if (value.equals("EXCLUDE_INNOVATION") || value.equals("IGNORE")) {
          e.excludeOnMissingMandatory(value.equals("EXCLUDE_INNOVATION"));
        } else {
          problems.add(problem("UNKNOWN_VALUE", mandatory.fields.get("value"),
              "Nilai tidak dikenal", "Unknown value", "EXCLUDE_INNOVATION or IGNORE"));
        }
      }
      putIf(prov, EditionElement.MANDATORY_INDICATORS, provenance(required(mandatory, "provenance")));
    }
    verification(node.fields.get("verification"), e, prov);
    setIf(guard(node, e::build), b::eligibility);
  }

  /**
   * The verification rule ({@code VERIFIED_LEVELS} or {@code CLAIMED_LEVELS}). Files written before
   * the rule existed lack it; they keep the behaviour their authors saw (claimed levels on both
   * sides), declared as unknown so that the score says so.
   */
  private void verification(Node node, Eligibility.Builder e, Map<EditionElement, Provenance> prov) {
    if (node == null) {
      e.verificationDecides(false);
      prov.put(EditionElement.VERIFICATION, Provenance.builder().status(ProvenanceStatus.UNKNOWN)
          .note("The edition file states no verification rule; eligibility uses the claimed levels"
              + " on the verified side too")
          .build());
      return;
    }
    if (object(node, "value", "provenance")) {
      String value = string(required(node, "value"));
      if (value != null) {
        if (value.equals("VERIFIED_LEVELS") || value.equals("CLAIMED_LEVELS")) {
          e.verificationDecides(value.equals("VERIFIED_LEVELS"));
        } else {
          problems.add(problem("UNKNOWN_VALUE", node.fields.get("value"),
              "Nilai tidak dikenal", "Unknown value", "VERIFIED_LEVELS or CLAIMED_LEVELS"));
        }
      }
      putIf(prov, EditionElement.VERIFICATION, provenance(required(node, "provenance")));
    }
  }

  private void catalogue(Node node, Aspect aspect, EditionElement element, IidEdition.Builder b,
      Map<EditionElement, Provenance> prov) {
    if (!object(node, "indicators", "provenance")) {
      return;
    }
    putIf(prov, element, provenance(required(node, "provenance")));
    Node indicators = node.fields.get("indicators");
    if (indicators == null || !array(indicators)) {
      return;
    }
    for (Node item : indicators.items) {
      if (!object(item, "code", "number", "variable", "name", "weight", "mandatory", "definition",
          "expectedEvidence", "levels", "bases", "provenance")) {
        continue;
      }
      int before = problems.size();
      Indicator.Builder ib = Indicator.builder().aspect(aspect);
      String code = string(required(item, "code"));
      setIf(code, ib::code);
      setIf(integer(required(item, "number"), 1, 1000), ib::number);
      setIf(label(required(item, "variable")), ib::variable);
      setIf(label(required(item, "name")), ib::name);
      setIf(positive(required(item, "weight")), ib::weight);
      setIf(bool(required(item, "mandatory")), ib::mandatory);
      if (item.fields.containsKey("definition")) {
        setIf(label(item.fields.get("definition")), ib::definition);
      }
      if (item.fields.containsKey("expectedEvidence")) {
        setIf(label(item.fields.get("expectedEvidence")), ib::expectedEvidence);
      }
      setIf(levels(required(item, "levels")), ib::levels);
      Node bases = item.fields.get("bases");
      if (bases != null && array(bases)) {
        for (Node basis : bases.items) {
          if (object(basis, "code", "name", "levels")) {
            String basisCode = string(required(basis, "code"));
            Label name = label(required(basis, "name"));
            List<IndicatorLevel> levels = levels(required(basis, "levels"));
            if (basisCode != null && name != null && levels != null) {
              setIf(guard(basis, () -> MeasurementBasis.builder().code(basisCode).name(name)
                  .levels(levels).build()), ib::addBases);
            }
          }
        }
      }
      Node own = item.fields.get("provenance");
      if (own != null && code != null) {
        setIf(provenance(own), p -> b.putIndicatorProvenance(code, p));
      }
      if (problems.size() > before) {
        continue;
      }
      Indicator built = guard(item, ib::build);
      if (built != null) {
        if (aspect == Aspect.SPD) {
          spd.add(built);
          b.addSpdIndicators(built);
        } else {
          sid.add(built);
          b.addSidIndicators(built);
        }
      }
    }
  }

  private List<IndicatorLevel> levels(Node node) {
    if (node == null || !array(node)) {
      return null;
    }
    if (node.items.size() != 3) {
      problems.add(problem("LEVEL_COUNT", node, "Harus ada tepat 3 tingkat parameter",
          "There must be exactly 3 parameter levels", "3 levels"));
      return null;
    }
    List<IndicatorLevel> out = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Label description = label(node.items.get(i));
      if (description == null) {
        return null;
      }
      out.add(IndicatorLevel.of(i + 1, description));
    }
    return out;
  }

  private static void putIf(Map<EditionElement, Provenance> map, EditionElement e, Provenance p) {
    if (p != null) {
      map.put(e, p);
    }
  }
}
