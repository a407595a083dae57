package io.github.inovasi.scoring.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small located JSON tree read with jackson-core's streaming parser: every node keeps its line,
 * column and JSON pointer so that the edition and rubric readers can report problems where they
 * are. Input is bounded (document size, nesting depth, string and number length) so that hostile
 * files are refused within bounded memory. Public only for this module's readers; the package is
 * not exported.
 */
public final class JsonTree {
  /** Largest document read, in bytes. */
  public static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
  /** Deepest nesting read. */
  public static final int MAX_DEPTH = 32;
  /** Longest string read. */
  public static final int MAX_STRING = 20_000;
  /** Longest number read, in characters. */
  public static final int MAX_NUMBER = 40;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxDocumentLength(MAX_DOCUMENT_BYTES)
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(MAX_STRING)
          .maxNumberLength(MAX_NUMBER)
          .build())
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  /** The kinds of JSON value. */
  public enum Kind {
    /** An object. */
    OBJECT,
    /** An array. */
    ARRAY,
    /** A string. */
    STRING,
    /** A number. */
    NUMBER,
    /** true or false. */
    BOOLEAN,
    /** null. */
    NULL
  }

  /** One JSON value with where it was read. */
  public static final class Node {
    /** The kind of value. */
    public final Kind kind;
    /** Where it was read, with its JSON pointer as path. */
    public final Location location;
    /** An object's fields, in document order. */
    public final Map<String, Node> fields = new LinkedHashMap<>();
    /** An array's items. */
    public final List<Node> items = new ArrayList<>();
    /** A string's text. */
    public String text;
    /** A number's exact value. */
    public BigDecimal number;
    /** Whether a number was written without fraction or exponent. */
    public boolean integral;
    /** A boolean's value. */
    public boolean bool;

    Node(Kind kind, Location location) {
      this.kind = kind;
      this.location = location;
    }

    /**
     * Returns the JSON pointer.
     *
     * @return the pointer, empty for the root
     */
    public String pointer() {
      return location.path();
    }

    /**
     * Returns the value as a message shows it.
     *
     * @return a short text, e.g. {@code "\"abc\""} or {@code object}
     */
    public String describe() {
      switch (kind) {
        case STRING: return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        case NUMBER: return number.toPlainString();
        case BOOLEAN: return String.valueOf(bool);
        case NULL: return "null";
        default: return kind.name().toLowerCase(java.util.Locale.ROOT);
      }
    }
  }

  private JsonTree() {}

  /**
   * Parses a document. Syntax errors and exceeded limits end reading and are added to
   * {@code problems}; the result is then null.
   *
   * @param in the JSON text
   * @param source the name used in locations
   * @param problems where syntax problems are added
   * @return the root, or null after a syntax problem
   */
  public static Node parse(InputStream in, String source, List<Problem> problems) {
    try (JsonParser p = FACTORY.createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(syntax(source, 1, 1, "EMPTY_DOCUMENT", "Dokumen kosong", "The document is empty"));
        return null;
      }
      Node root = read(p, source, "", problems);
      if (p.nextToken() != null) {
        JsonLocation at = p.currentTokenLocation();
        problems.add(syntax(source, at.getLineNr(), at.getColumnNr(), "TRAILING_CONTENT",
            "Ada isi setelah akhir dokumen JSON", "There is content after the end of the JSON document"));
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 1 : Math.max(1, at.getLineNr());
      int column = at == null ? 1 : Math.max(1, at.getColumnNr());
      problems.add(syntax(source, line, column, "MALFORMED_JSON",
          "JSON tidak valid: " + e.getOriginalMessage(), "Malformed JSON: " + e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      throw new InovasiException("Cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  private static Node read(JsonParser p, String source, String pointer, List<Problem> problems)
      throws IOException {
    JsonLocation at = p.currentTokenLocation();
    Location location = Location.builder()
        .source(source)
        .line(Math.max(1, at.getLineNr()))
        .column(Math.max(1, at.getColumnNr()))
        .path(pointer)
        .build();
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT: {
        Node node = new Node(Kind.OBJECT, location);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation keyAt = p.currentTokenLocation();
          p.nextToken();
          Node child = read(p, source, pointer + "/" + escape(name), problems);
          if (node.fields.put(name, child) != null) {
            problems.add(Problem.builder()
                .code("DUPLICATE_FIELD")
                .location(Location.builder().source(source).line(Math.max(1, keyAt.getLineNr()))
                    .column(Math.max(1, keyAt.getColumnNr())).path(child.pointer()).field(name).build())
                .message(Label.of("Nama field ganda: " + name, "Duplicate field: " + name))
                .build());
          }
        }
        return node;
      }
      case START_ARRAY: {
        Node node = new Node(Kind.ARRAY, location);
        while (p.nextToken() != JsonToken.END_ARRAY) {
          node.items.add(read(p, source, pointer + "/" + node.items.size(), problems));
        }
        return node;
      }
      case VALUE_STRING: {
        Node node = new Node(Kind.STRING, location);
        node.text = p.getText();
        return node;
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: {
        Node node = new Node(Kind.NUMBER, location);
        node.number = p.getDecimalValue();
        node.integral = token == JsonToken.VALUE_NUMBER_INT;
        return node;
      }
      case VALUE_TRUE:
      case VALUE_FALSE: {
        Node node = new Node(Kind.BOOLEAN, location);
        node.bool = token == JsonToken.VALUE_TRUE;
        return node;
      }
      default:
        return new Node(Kind.NULL, location);
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static Problem syntax(String source, int line, int column, String code, String id, String en) {
    return Problem.builder()
        .code(code)
        .location(Location.builder().source(source).line(line).column(column).build())
        .message(Label.of(id, en))
        .build();
  }
}
