package io.github.inovasi.scoring.internal;

import io.github.inovasi.model.InovasiException;
import java.util.function.Function;
import java.nio.file.Path;
import java.nio.file.Files;
import java.net.URL;
import java.io.InputStream;
import java.io.IOException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.iid.Provenance;
import io.github.inovasi.scoring.iid.ProvenanceStatus;
import io.github.inovasi.scoring.internal.JsonTree.Kind;
import io.github.inovasi.scoring.internal.JsonTree.Node;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed, located access to a {@link JsonTree} for this module's file readers (IID editions,
 * rubrics): each accessor returns the value or null, adding a located, bilingual problem on
 * failure, so a reader collects every problem of a file before throwing. Public only for those
 * readers; the package is not exported.
 */
public abstract class JsonFields {
  /** The problems found so far. */
  protected final List<Problem> problems = new ArrayList<>();
  private final Map<String, Location> locations = new HashMap<>();

  /** Creates a reader with no problems yet. */
  protected JsonFields() {}

  /**
   * Opens a file and reads it; an I/O failure is the library's own exception naming what failed.
   *
   * @param file the file
   * @param what what the file holds, for the message, e.g. {@code "rubric file"}
   * @param read the reader of the opened stream
   * @param <T> what is read
   * @return what was read
   */
  public static <T> T readFile(Path file, String what, Function<InputStream, T> read) {
    try (InputStream in = Files.newInputStream(file)) {
      return read.apply(in);
    } catch (IOException e) {
      throw new InovasiException("Cannot read " + what + " " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens a URL and reads it, like {@link #readFile}.
   *
   * @param url the resource
   * @param what what it holds, for the message, e.g. {@code "rubric"}
   * @param read the reader of the opened stream
   * @param <T> what is read
   * @return what was read
   */
  public static <T> T readUrl(URL url, String what, Function<InputStream, T> read) {
    try (InputStream in = url.openStream()) {
      return read.apply(in);
    } catch (IOException e) {
      throw new InovasiException("Cannot read " + what + " from " + url + ": " + e.getMessage(), e);
    }
  }

  protected final void index(Node node) {
    locations.put(node.pointer(), node.location);
    node.fields.values().forEach(this::index);
    node.items.forEach(this::index);
  }

  protected final Location locate(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      Location l = locations.get(p);
      if (l != null) {
        return Location.builder().from(l).path(pointer).build();
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return Location.builder().from(locations.get("")).path(pointer).build();
  }

  protected final Provenance provenance(Node node) {
    if (node == null || !object(node, "status", "sources", "note")) {
      return null;
    }
    ProvenanceStatus status = enumeration(required(node, "status"), ProvenanceStatus.class);
    Provenance.Builder p = Provenance.builder();
    Node sources = required(node, "sources");
    if (sources != null && array(sources)) {
      for (Node s : sources.items) {
        setIf(string(s), p::addSources);
      }
      if (status != null && status != ProvenanceStatus.UNKNOWN && sources.items.isEmpty()) {
        problems.add(problem("MISSING_SOURCES", sources, "Sumber wajib diisi untuk status " + status.code(),
            "Sources are required for status " + status.code(), "at least one source"));
        return null;
      }
    }
    Node note = node.fields.get("note");
    if (note != null) {
      setIf(string(note), p::note);
    }
    if (status == null) {
      return null;
    }
    if (status == ProvenanceStatus.UNKNOWN || status == ProvenanceStatus.PROVISIONAL) {
      if (note == null) {
        problems.add(problem("MISSING_NOTE", node, "Status " + status.code() + " memerlukan catatan",
            "A " + status.code() + " rule needs a note saying what is assumed or missing", "a note"));
      }
    }
    return guard(node, () -> p.status(status).build());
  }


  // ---- typed access, each adding a located problem on failure ----

  protected final boolean object(Node node, String... allowed) {
    if (node == null) {
      return false;
    }
    if (node.kind != Kind.OBJECT) {
      problems.add(wrongType(node, "an object"));
      return false;
    }
    Set<String> names = Set.of(allowed);
    for (Map.Entry<String, Node> field : node.fields.entrySet()) {
      if (!names.contains(field.getKey())) {
        problems.add(Problem.builder()
            .code("UNKNOWN_FIELD")
            .location(Location.builder().from(field.getValue().location).field(field.getKey()).build())
            .message(Label.of("Field tidak dikenal: " + field.getKey(), "Unknown field: " + field.getKey()))
            .expected("one of " + String.join(", ", allowed))
            .found(field.getKey())
            .build());
      }
    }
    return true;
  }

  /** An object whose field names are data (ids), not a fixed set. */
  protected final boolean map(Node node) {
    if (node.kind != Kind.OBJECT) {
      problems.add(wrongType(node, "an object"));
      return false;
    }
    return true;
  }

  protected final boolean array(Node node) {
    if (node.kind != Kind.ARRAY) {
      problems.add(wrongType(node, "an array"));
      return false;
    }
    return true;
  }

  protected final Node required(Node parent, String name) {
    if (parent == null || parent.kind != Kind.OBJECT) {
      return null;
    }
    Node node = parent.fields.get(name);
    if (node == null) {
      problems.add(Problem.builder()
          .code("MISSING_FIELD")
          .location(Location.builder().from(parent.location).field(name).build())
          .message(Label.of("Field wajib tidak ada: " + name, "Required field missing: " + name))
          .expected(name)
          .build());
    }
    return node;
  }

  protected final String string(Node node) {
    if (node == null) {
      return null;
    }
    if (node.kind != Kind.STRING || node.text.isBlank()) {
      problems.add(wrongType(node, "a non-blank string"));
      return null;
    }
    return node.text;
  }

  protected final Boolean bool(Node node) {
    if (node == null) {
      return null;
    }
    if (node.kind != Kind.BOOLEAN) {
      problems.add(wrongType(node, "true or false"));
      return null;
    }
    return node.bool;
  }

  protected final Integer integer(Node node, int min, int max) {
    if (node == null) {
      return null;
    }
    if (node.kind != Kind.NUMBER || !node.integral) {
      problems.add(wrongType(node, "an integer"));
      return null;
    }
    if (node.number.compareTo(BigDecimal.valueOf(min)) < 0
        || node.number.compareTo(BigDecimal.valueOf(max)) > 0) {
      problems.add(problem("OUT_OF_RANGE", node, "Nilai di luar rentang", "Value out of range",
          min + ".." + max));
      return null;
    }
    return node.number.intValueExact();
  }

  protected final BigDecimal decimal(Node node) {
    if (node == null) {
      return null;
    }
    if (node.kind != Kind.NUMBER) {
      problems.add(wrongType(node, "a number"));
      return null;
    }
    return node.number;
  }

  protected final BigDecimal positive(Node node) {
    BigDecimal value = decimal(node);
    if (value != null && value.signum() <= 0) {
      problems.add(problem("NOT_POSITIVE", node, "Nilai harus positif", "The value must be positive",
          "a number > 0"));
      return null;
    }
    return value;
  }

  protected final BigDecimal nonNegative(Node node) {
    BigDecimal value = decimal(node);
    if (value != null && value.signum() < 0) {
      problems.add(problem("NEGATIVE", node, "Nilai tidak boleh negatif", "The value must not be negative",
          "a number ≥ 0"));
      return null;
    }
    return value;
  }

  protected final LocalDate date(Node node) {
    String text = string(node);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(problem("INVALID_DATE", node, "Tanggal tidak valid", "Invalid date", "YYYY-MM-DD"));
      return null;
    }
  }

  protected final <E extends Enum<E>> E enumeration(Node node, Class<E> type) {
    String text = string(node);
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text)) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name().toLowerCase(Locale.ROOT));
    }
    problems.add(problem("UNKNOWN_VALUE", node, "Nilai tidak dikenal", "Unknown value",
        "one of " + String.join(", ", names)));
    return null;
  }

  /** A label is {"id": "...", "en": "..."}, or one string when both languages read the same. */
  protected final Label label(Node node) {
    if (node == null) {
      return null;
    }
    if (node.kind == Kind.STRING) {
      String text = string(node);
      return text == null ? null : Label.of(text, text);
    }
    if (!object(node, "id", "en")) {
      return null;
    }
    String id = string(required(node, "id"));
    String en = string(required(node, "en"));
    return id == null || en == null ? null : Label.of(id, en);
  }

  protected final <T> T guard(Node node, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      problems.add(e.toProblem(node.location));
      return null;
    }
  }

  protected static <T> void setIf(T value, java.util.function.Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  protected final Problem wrongType(Node node, String expected) {
    return Problem.builder()
        .code("WRONG_TYPE")
        .location(node.location)
        .message(Label.of("Jenis nilai salah", "Wrong type of value"))
        .expected(expected)
        .found(node.describe())
        .build();
  }

  protected final Problem problem(String code, Node node, String id, String en, String expected) {
    Problem.Builder p = Problem.builder().code(code).location(node.location).message(Label.of(id, en))
        .found(node.describe());
    if (expected != null) {
      p.expected(expected);
    }
    return p.build();
  }

}
