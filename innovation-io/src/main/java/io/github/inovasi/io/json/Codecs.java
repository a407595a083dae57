package io.github.inovasi.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.CodedValue;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The codecs of scalar values and collections. */
final class Codecs {
  private Codecs() {}

  static final Codec<String> STRING =
      new Codec<>() {
        @Override
        public String read(JsonIn in) throws IOException {
          if (in.parser().currentToken() != JsonToken.VALUE_STRING) {
            return in.wrongType("a string");
          }
          return in.parser().getText();
        }

        @Override
        public void write(JsonGenerator out, String value) throws IOException {
          out.writeString(value);
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
          return Schemas.type("string");
        }
      };

  static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public Boolean read(JsonIn in) throws IOException {
          JsonToken t = in.parser().currentToken();
          if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            return in.wrongType("true or false");
          }
          return t == JsonToken.VALUE_TRUE;
        }

        @Override
        public void write(JsonGenerator out, Boolean value) throws IOException {
          out.writeBoolean(value);
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
          return Schemas.type("boolean");
        }
      };

  static final Codec<BigDecimal> DECIMAL =
      new Codec<>() {
        @Override
        public BigDecimal read(JsonIn in) throws IOException {
          JsonToken t = in.parser().currentToken();
          if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return in.wrongType("a number");
          }
          return in.parser().getDecimalValue();
        }

        @Override
        public void write(JsonGenerator out, BigDecimal value) throws IOException {
          out.writeNumber(value);
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
          return Schemas.type("number");
        }
      };

  static final Codec<Double> DOUBLE =
      new Codec<>() {
        @Override
        public Double read(JsonIn in) throws IOException {
          JsonToken t = in.parser().currentToken();
          if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return in.wrongType("a number");
          }
          return in.parser().getDoubleValue();
        }

        @Override
        public void write(JsonGenerator out, Double value) throws IOException {
          out.writeNumber(value);
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
          return Schemas.type("number");
        }
      };

  static final Codec<LocalDate> DATE =
      text(
          "a date such as 2025-03-31",
          "date",
          s -> {
            try {
              return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
              return null;
            }
          },
          LocalDate::toString);

  static final Codec<URI> URI_CODEC =
      text(
          "a URI such as https://example.go.id/sk.pdf",
          "uri-reference",
          s -> {
            try {
              return new URI(s);
            } catch (URISyntaxException e) {
              return null;
            }
          },
          URI::toString);

  /** An integer in a closed range. */
  static Codec<Integer> integer(int min, int max) {
    return new Codec<>() {
      @Override
      public Integer read(JsonIn in) throws IOException {
        JsonParser p = in.parser();
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
          return in.wrongType("a whole number from " + min + " to " + max);
        }
        if (p.getNumberType() != JsonParser.NumberType.INT
            || p.getIntValue() < min
            || p.getIntValue() > max) {
          return in.invalid(
              "OUT_OF_RANGE",
              Label.of("Angka di luar rentang", "Number out of range"),
              "a whole number from " + min + " to " + max);
        }
        return p.getIntValue();
      }

      @Override
      public void write(JsonGenerator out, Integer value) throws IOException {
        out.writeNumber(value);
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        return Schemas.type("integer").put("minimum", min).put("maximum", max);
      }
    };
  }

  /** An enum constant written by its name. */
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    return enumeration(type, Enum::name);
  }

  /** A coded enum constant written by its official code ({@code PENERAPAN}). */
  static <E extends Enum<E> & CodedValue> Codec<E> coded(Class<E> type) {
    return enumeration(type, CodedValue::code);
  }

  private static <E extends Enum<E>> Codec<E> enumeration(Class<E> type, Function<E, String> code) {
    E[] constants = type.getEnumConstants();
    List<String> names = new ArrayList<>();
    for (E e : constants) {
      names.add(code.apply(e));
    }
    String expected = "one of " + String.join(", ", names);
    return new Codec<>() {
      @Override
      public E read(JsonIn in) throws IOException {
        if (in.parser().currentToken() != JsonToken.VALUE_STRING) {
          return in.wrongType(expected);
        }
        String text = in.parser().getText();
        for (E e : constants) {
          if (code.apply(e).equals(text)) {
            return e;
          }
        }
        return in.invalid(
            "UNKNOWN_CODE",
            Label.of(
                "Kode " + type.getSimpleName() + " tidak dikenal",
                "Unknown " + type.getSimpleName() + " code"),
            expected);
      }

      @Override
      public void write(JsonGenerator out, E value) throws IOException {
        out.writeString(code.apply(value));
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        return schemas.ref(
            type.getSimpleName(),
            () -> {
              ObjectNode node = Schemas.type("string");
              ArrayNode values = node.putArray("enum");
              names.forEach(values::add);
              return node;
            });
      }
    };
  }

  /** Logs a repeated id or code; the parser is on the end of the repeated element. */
  static void duplicateKey(JsonIn in, Object key) {
    in.log().error(
        in.location(),
        "DUPLICATE_ID",
        Label.of("Id atau kode ganda: " + key, "Id or code given twice: " + key),
        "a unique id or code",
        String.valueOf(key));
  }

  /**
   * A value written as a string: {@code parse} returns {@code null} or throws an
   * {@link InovasiException} for text it does not accept.
   */
  static <V> Codec<V> text(
      String expected, String format, Function<String, V> parse, Function<V, String> print) {
    return text(expected, format, null, parse, print);
  }

  /** A value written as a string matching a regular expression (for the schema). */
  static <V> Codec<V> text(
      String expected,
      String format,
      String pattern,
      Function<String, V> parse,
      Function<V, String> print) {
    return new Codec<>() {
      @Override
      public V read(JsonIn in) throws IOException {
        if (in.parser().currentToken() != JsonToken.VALUE_STRING) {
          return in.wrongType(expected);
        }
        V value;
        try {
          value = parse.apply(in.parser().getText());
        } catch (InvalidValueException e) {
          in.log().cause(e);
          in.log().add(e.toProblem(in.location()));
          return null;
        } catch (InovasiException e) {
          in.log().cause(e);
          value = null;
        }
        if (value == null) {
          return in.invalid("INVALID_VALUE", Label.of("Nilai tidak sah", "Invalid value"), expected);
        }
        return value;
      }

      @Override
      public void write(JsonGenerator out, V value) throws IOException {
        out.writeString(print.apply(value));
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        ObjectNode node = Schemas.type("string");
        if (format != null) {
          node.put("format", format);
        }
        if (pattern != null) {
          node.put("pattern", pattern);
        }
        return node;
      }
    };
  }

  /** An array; elements with problems are logged and left out, and the array counts as bad. */
  static <V> Codec<List<V>> list(Codec<V> element) {
    return collection(element, false, null);
  }

  /** An array whose elements must have distinct keys (ids, codes); a repeat is a problem. */
  static <V> Codec<List<V>> keyed(Codec<V> element, Function<V, ?> key) {
    return collection(element, false, key);
  }

  /** An array whose elements must be distinct (a set); a repeated element is a problem. */
  static <V> Codec<List<V>> set(Codec<V> element) {
    return collection(element, true, null);
  }

  private static <V> Codec<List<V>> collection(Codec<V> element, boolean unique, Function<V, ?> key) {
    return new Codec<>() {
      @Override
      public List<V> read(JsonIn in) throws IOException {
        JsonParser p = in.parser();
        if (p.currentToken() != JsonToken.START_ARRAY) {
          return in.wrongType("an array");
        }
        List<V> values = new ArrayList<>();
        Set<V> seen = unique ? new HashSet<>() : Set.of();
        Set<Object> keys = key != null ? new HashSet<>() : Set.of();
        boolean ok = true;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (p.currentToken() == null) {
            throw new java.io.EOFException("unexpected end of input inside an array");
          }
          V value = element.read(in);
          if (value == null) {
            ok = false;
          } else if (unique && !seen.add(value)) {
            ok = false;
            in.invalid(
                "DUPLICATE_VALUE",
                Label.of("Nilai berulang dalam himpunan", "Repeated value in a set"),
                "distinct values");
          } else if (key != null && !keys.add(key.apply(value))) {
            ok = false;
            duplicateKey(in, key.apply(value));
          } else {
            values.add(value);
          }
        }
        return ok ? ImmutableList.copyOf(values) : null;
      }

      @Override
      public void write(JsonGenerator out, List<V> values) throws IOException {
        out.writeStartArray();
        for (V v : values) {
          element.write(out, v);
        }
        out.writeEndArray();
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        ObjectNode node = Schemas.type("array");
        node.set("items", element.schema(schemas));
        if (unique) {
          node.put("uniqueItems", true);
        }
        return node;
      }
    };
  }
}
