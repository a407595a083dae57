package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.KippGroup;
import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.iid.Provenance;
import org.jspecify.annotations.Nullable;
import io.github.inovasi.scoring.internal.JsonTree;
import io.github.inovasi.scoring.internal.JsonTree.Node;
import io.github.inovasi.scoring.internal.JsonFields;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a KIPP year file (format {@code inovasi-kipp-year}) into a {@link KippYear}, reporting
 * every problem with its line, column and JSON pointer; the bundled years are read once.
 */
final class KippYearReader extends JsonFields {
  static final String FORMAT = "inovasi-kipp-year";
  static final ImmutableList<Integer> YEARS = ImmutableList.of(2020, 2021, 2022, 2023, 2025);
  private static final Map<Integer, KippYear> CACHE = new ConcurrentHashMap<>();

  private final String source;
  private final Map<KippElement, Provenance> provenance = new EnumMap<>(KippElement.class);

  private KippYearReader(String source) {
    this.source = source;
  }

  static KippYear bundled(int year) {
    if (!YEARS.contains(year)) {
      throw new InovasiException("No bundled KIPP year " + year + "; bundled years are " + YEARS);
    }
    return CACHE.computeIfAbsent(year, y -> {
      String resource = "years/kipp-" + y + ".json";
      try (InputStream in = KippYearReader.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new InovasiException("Bundled KIPP year resource " + resource + " is missing from the jar");
        }
        return read(in, "kipp-" + y + ".json");
      } catch (IOException e) {
        throw new InovasiException("Cannot read bundled KIPP year " + resource, e);
      }
    });
  }

  static KippYear read(Path file) {
    return JsonFields.readFile(file, "KIPP year file", in -> read(in, file.toString()));
  }

  static KippYear read(InputStream in, String source) {
    return new KippYearReader(source).run(in);
  }

  private KippYear run(InputStream in) {
    Node root = JsonTree.parse(in, source, problems);
    if (root != null) {
      index(root);
      KippYear.Builder b = document(root);
      if (problems.isEmpty()) {
        KippYear year = guard(root, b::build);
        if (year != null) {
          return year;
        }
      }
    }
    throw new InvalidInputException("KIPP year " + source + " has " + problems.size() + " problem(s)", problems);
  }

  private KippYear.Builder document(Node root) {
    KippYear.Builder b = KippYear.builder();
    if (!object(root, "format", "formatVersion", "year", "title", "provenance", "groups", "categories",
        "sections", "minimumAge", "registrationDeadline", "quotas", "tiers", "replicationPassingGrade")) {
      return b;
    }
    String format = string(required(root, "format"));
    if (format != null && !FORMAT.equals(format)) {
      problems.add(problem("WRONG_FORMAT", root.fields.get("format"), "Bukan berkas tahun KIPP",
          "Not a KIPP year file", FORMAT));
    }
    Integer version = integer(required(root, "formatVersion"), 1, Integer.MAX_VALUE);
    if (version != null && version != 1) {
      problems.add(problem("UNSUPPORTED_VERSION", root.fields.get("formatVersion"),
          "Versi format tidak didukung", "Unsupported format version", "1"));
    }
    setIf(integer(required(root, "year"), 2000, 2100), b::year);
    setIf(label(required(root, "title")), b::title);
    putIf(provenance, KippElement.YEAR, provenance(required(root, "provenance")));

    Node groups = element(root, "groups", KippElement.GROUPS, "values");
    if (groups != null) {
      list(groups.fields.get("values"), n -> setIf(group(n), b::addGroups));
    }
    Node categories = element(root, "categories", KippElement.CATEGORIES, "values");
    if (categories != null) {
      list(categories.fields.get("values"), n -> {
        if (object(n, "code", "label")) {
          String code = string(required(n, "code"));
          Label label = label(required(n, "label"));
          if (code != null && label != null) {
            b.addCategories(new KippCategory(code, label));
          }
        }
      });
    }
    Node sections = element(root, "sections", KippElement.SECTIONS, "values");
    if (sections != null) {
      list(sections.fields.get("values"), n -> {
        if (object(n, "code", "label", "wordLimit", "required")) {
          String code = string(required(n, "code"));
          Label label = label(required(n, "label"));
          Node limitNode = n.fields.get("wordLimit");
          Integer limit = limitNode == null ? null : integer(limitNode, 1, 100_000);
          Boolean needed = bool(required(n, "required"));
          if (code != null && label != null && needed != null && (limitNode == null || limit != null)) {
            b.addSections(new KippSection(code, label,
                limit == null ? OptionalInt.empty() : OptionalInt.of(limit), needed));
          }
        }
      });
    }
    Node ages = element(root, "minimumAge", KippElement.MINIMUM_AGE, "years");
    if (ages != null) {
      perGroup(ages.fields.get("years"), 0, 50, (g, years) -> b.putMinimumAge(g, Period.ofYears(years)));
    }
    Node deadline = element(root, "registrationDeadline", KippElement.REGISTRATION_DEADLINE, "date");
    if (deadline != null && deadline.fields.containsKey("date")) {
      setIf(date(deadline.fields.get("date")), b::registrationDeadline);
    }
    Node quotas = element(root, "quotas", KippElement.QUOTAS, "perInstitution");
    if (quotas != null) {
      perGroup(quotas.fields.get("perInstitution"), 1, 10_000, b::putQuota);
    }
    Node tiers = element(root, "tiers", KippElement.TIERS, "values");
    if (tiers != null) {
      list(tiers.fields.get("values"), n -> setIf(tier(n), b::addTiers));
    }
    Node grade = element(root, "replicationPassingGrade", KippElement.REPLICATION_PASSING_GRADE, "value");
    if (grade != null && grade.fields.containsKey("value")) {
      setIf(nonNegative(grade.fields.get("value")), b::replicationPassingGrade);
    }
    b.provenance(provenance);
    return b;
  }

  /** An element object: its provenance, and its values member unless the status is unknown. */
  private Node element(Node root, String name, KippElement element, String values) {
    Node node = required(root, name);
    if (!object(node, values, "provenance")) {
      return null;
    }
    Provenance p = provenance(required(node, "provenance"));
    putIf(provenance, element, p);
    if (p != null && !p.isTentative() && !node.fields.containsKey(values)
        && element != KippElement.QUOTAS) {
      required(node, values);
      return null;
    }
    if (p != null && p.status() == io.github.inovasi.scoring.iid.ProvenanceStatus.UNKNOWN
        && node.fields.containsKey(values)) {
      problems.add(problem("VALUES_WITH_UNKNOWN", node.fields.get(values),
          "Unsur berstatus unknown tidak boleh berisi nilai",
          "An element whose status is unknown must not hold values", "no " + values));
      return null;
    }
    return node;
  }

  private void list(Node node, java.util.function.Consumer<Node> each) {
    if (node != null && array(node)) {
      node.items.forEach(each);
    }
  }

  private void perGroup(Node node, int min, int max, java.util.function.BiConsumer<KippGroup, Integer> put) {
    if (node == null || !object(node, "UMUM", "REPLIKASI", "KHUSUS")) {
      return;
    }
    for (Map.Entry<String, Node> e : node.fields.entrySet()) {
      Integer value = integer(e.getValue(), min, max);
      if (value != null && Set.of("UMUM", "REPLIKASI", "KHUSUS").contains(e.getKey())) {
        put.accept(KippGroup.ofCode(e.getKey()), value);
      }
    }
  }

  private KippGroup group(Node node) {
    String code = string(node);
    if (code == null) {
      return null;
    }
    try {
      return KippGroup.ofCode(code);
    } catch (InvalidValueException e) {
      problems.add(problem("UNKNOWN_VALUE", node, "Kelompok tidak dikenal", "Unknown group",
          "one of UMUM, REPLIKASI, KHUSUS"));
      return null;
    }
  }

  private KippTier tier(Node node) {
    if (!object(node, "id", "label", "groups", "places", "groupPlaces")) {
      return null;
    }
    String id = string(required(node, "id"));
    Label label = label(required(node, "label"));
    Set<KippGroup> groups = new LinkedHashSet<>();
    List<Node> bad = new ArrayList<>();
    list(required(node, "groups"), n -> {
      KippGroup g = group(n);
      if (g == null) {
        bad.add(n);
      } else {
        groups.add(g);
      }
    });
    Node placesNode = node.fields.get("places");
    Integer places = placesNode == null ? null : integer(placesNode, 1, 100_000);
    Map<KippGroup, Integer> groupPlaces = new EnumMap<>(KippGroup.class);
    Node gp = node.fields.get("groupPlaces");
    if (gp != null) {
      perGroup(gp, 1, 100_000, groupPlaces::put);
    }
    if (id == null || label == null || !bad.isEmpty() || (placesNode != null && places == null)) {
      return null;
    }
    try {
      return KippTier.of(id, label, groups, places == null ? OptionalInt.empty() : OptionalInt.of(places),
          groupPlaces);
    } catch (IllegalArgumentException e) {
      problems.add(problem("INVALID_TIER", node, "Tingkat tidak valid: " + e.getMessage(),
          "Invalid tier: " + e.getMessage(), null));
      return null;
    }
  }

  private static <K> void putIf(Map<K, Provenance> map, K element, @Nullable Provenance provenance) {
    if (provenance != null) {
      map.put(element, provenance);
    }
  }
}
