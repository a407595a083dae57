package io.github.inovasi.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.inovasi.io.internal.ProblemLog;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import java.io.IOException;
import java.util.Collection;

/**
 * A parser with the problem log of the read: codecs read the value at the current token and,
 * when it is wrong, log a located problem and skip it instead of throwing, so one read reports
 * every problem of the document.
 */
final class JsonIn {
  private final JsonParser parser;
  private final ProblemLog log;

  JsonIn(JsonParser parser, ProblemLog log) {
    this.parser = parser;
    this.log = log;
  }

  JsonParser parser() {
    return parser;
  }

  ProblemLog log() {
    return log;
  }

  /** The location of the current token: JSON pointer, line and column, field name. */
  Location location() {
    Location.Builder b = log.at();
    JsonLocation at = parser.currentTokenLocation();
    if (at.getLineNr() > 0) {
      b.line(at.getLineNr());
    }
    if (at.getColumnNr() > 0) {
      b.column(at.getColumnNr());
    }
    b.path(parser.getParsingContext().pathAsPointer().toString());
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      String name = parser.getParsingContext().getCurrentName();
      if (name != null) {
        b.field(name);
      }
    }
    return b.build();
  }

  /**
   * The location of the object whose {@code END_OBJECT} is the current token, from the line
   * and column where it started: the enclosing context still points at the object, so its
   * JSON pointer is the one {@link #location()} gave at the object's start. Reading builds this
   * only when a problem is reported, not for every object read.
   */
  Location closedObjectLocation(int line, int column) {
    Location.Builder b = log.at();
    if (line > 0) {
      b.line(line);
    }
    if (column > 0) {
      b.column(column);
    }
    b.path(parser.getParsingContext().pathAsPointer().toString());
    return b.build();
  }

  /** Logs that the current value has the wrong JSON type, and skips it. */
  <V> V wrongType(String expected) throws IOException {
    log.error(
        location(),
        "WRONG_TYPE",
        Label.of("Jenis nilai salah", "Wrong type of value"),
        expected,
        found());
    parser.skipChildren();
    return null;
  }

  /** Logs an invalid value at the current token (already consumed, a scalar). */
  <V> V invalid(String code, Label message, String expected) throws IOException {
    log.error(location(), code, message, expected, found());
    parser.skipChildren();
    return null;
  }

  /** Logs a field that the format does not define. */
  void unknownField(String name, Collection<String> known) {
    log.error(
        location(),
        "UNKNOWN_FIELD",
        Label.of("Kolom tidak dikenal: " + name, "Unknown field: " + name),
        "one of " + String.join(", ", known),
        name);
  }

  /** Logs a model invariant failure, located at the object that failed to build. */
  void invariant(Location objectAt, String type, InovasiException e) {
    log.cause(e);
    if (e instanceof InvalidValueException) {
      // The model's own code and bilingual message, located at the object that failed.
      log.add(((InvalidValueException) e).toProblem(objectAt));
      return;
    }
    log.error(
        objectAt,
        "INVALID_VALUE",
        Label.of(type + " tidak sah: " + e.getMessage(), "Invalid " + type + ": " + e.getMessage()),
        null,
        null);
  }

  /** Describes the current token for a problem's "found". */
  String found() throws IOException {
    JsonToken t = parser.currentToken();
    if (t == null) {
      return "end of input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_NULL:
        return "null";
      case VALUE_STRING:
        return '"' + parser.getText() + '"';
      default:
        return parser.getText();
    }
  }
}
