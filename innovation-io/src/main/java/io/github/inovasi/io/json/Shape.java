package io.github.inovasi.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * The JSON object of one model type, declared field by field against the type's public
 * builder and accessors. Every field the model holds is required unless the model makes it
 * optional; optional fields are omitted when empty; {@code null} is never written nor accepted;
 * fields the format does not define are errors. Reading builds the value through the public
 * builder, so the model's invariants apply and their failures become located problems.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
final class Shape<T, B> implements Codec<T> {

  private interface Field<T, B> {
    boolean required();

    /** Reads the value at the current token into the builder; false after logging a problem. */
    boolean read(JsonIn in, B builder) throws IOException;

    void write(JsonGenerator out, String name, T value) throws IOException;

    ObjectNode schema(Schemas schemas);
  }

  private final String name;
  private final String description;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final Map<String, Field<T, B>> fields = new LinkedHashMap<>();

  private Shape(String name, String description, Supplier<B> builder, Function<B, T> build) {
    this.name = name;
    this.description = description;
    this.builder = builder;
    this.build = build;
  }

  static <T, B> Shape<T, B> of(
      String name, String description, Supplier<B> builder, Function<B, T> build) {
    return new Shape<>(name, description, builder, build);
  }

  String name() {
    return name;
  }

  /** A field every value has. */
  <V> Shape<T, B> required(
      String field, Codec<V> codec, BiConsumer<B, V> setter, Function<T, V> getter) {
    return add(field, true, codec, setter, v -> Optional.of(getter.apply(v)));
  }

  /** A field the model holds as an {@code Optional}: omitted when empty. */
  <V> Shape<T, B> optional(
      String field, Codec<V> codec, BiConsumer<B, V> setter, Function<T, Optional<V>> getter) {
    return add(field, false, codec, setter, getter);
  }

  /** A field the model holds as an {@code OptionalInt}: omitted when empty. */
  Shape<T, B> optionalInt(
      String field, int min, int max, ObjIntConsumer<B> setter, Function<T, OptionalInt> getter) {
    return add(
        field,
        false,
        Codecs.integer(min, max),
        setter::accept,
        v -> {
          OptionalInt i = getter.apply(v);
          return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
        });
  }

  /** A list the model holds; always written, possibly empty. */
  <V> Shape<T, B> list(
      String field,
      Codec<V> element,
      BiConsumer<B, Iterable<V>> adder,
      Function<T, ? extends Collection<V>> getter) {
    return add(field, true, Codecs.list(element), adder::accept, v -> Optional.of(List.copyOf(getter.apply(v))));
  }

  /** A list whose elements must have distinct keys (ids, indicator codes). */
  <V> Shape<T, B> keyedList(
      String field,
      Codec<V> element,
      Function<V, ?> key,
      BiConsumer<B, Iterable<V>> adder,
      Function<T, ? extends Collection<V>> getter) {
    return add(field, true, Codecs.keyed(element, key), adder::accept, v -> Optional.of(List.copyOf(getter.apply(v))));
  }

  /** A set the model holds; always written, a repeated element is a problem. */
  <V> Shape<T, B> set(
      String field,
      Codec<V> element,
      BiConsumer<B, Iterable<V>> adder,
      Function<T, ? extends Collection<V>> getter) {
    return add(field, true, Codecs.set(element), adder::accept, v -> Optional.of(List.copyOf(getter.apply(v))));
  }

  private <V> Shape<T, B> add(
      String field,
      boolean required,
      Codec<V> codec,
      BiConsumer<B, V> setter,
      Function<T, Optional<V>> getter) {
    fields.put(
        field,
        new Field<>() {
          @Override
          public boolean required() {
            return required;
          }

          @Override
          public boolean read(JsonIn in, B b) throws IOException {
            V value = codec.read(in);
            if (value == null) {
              return false;
            }
            setter.accept(b, value);
            return true;
          }

          @Override
          public void write(JsonGenerator out, String name, T value) throws IOException {
            Optional<V> v = getter.apply(value);
            if (v.isPresent()) {
              out.writeFieldName(name);
              codec.write(out, v.get());
            }
          }

          @Override
          public ObjectNode schema(Schemas schemas) {
            return codec.schema(schemas);
          }
        });
    return this;
  }

  /** Reading one object, field by field; lets a document add its own envelope fields. */
  final class Reading {
    private final JsonIn in;
    /** Where the object is; built on the first problem when read from a stream of objects. */
    private Location at;
    private final int line;
    private final int column;
    private final B b = builder.get();
    private final Set<String> seen = new HashSet<>();
    private boolean ok = true;

    Reading(JsonIn in, Location at) {
      this.in = in;
      this.at = at;
      this.line = 0;
      this.column = 0;
    }

    /** Reading the object starting at the current token, located only if a problem needs it. */
    Reading(JsonIn in) {
      this.in = in;
      JsonLocation start = in.parser().currentTokenLocation();
      this.line = start.getLineNr();
      this.column = start.getColumnNr();
    }

    /** Where the object is; only in {@link #finish()}, when the parser is on its end. */
    private Location at() {
      if (at == null) {
        at = in.closedObjectLocation(line, column);
      }
      return at;
    }

    /** Whether the shape defines the field. */
    boolean knows(String field) {
      return fields.containsKey(field);
    }

    /** Reads the value of a field (the parser is on its value). */
    void field(String field) throws IOException {
      Field<T, B> f = fields.get(field);
      if (f == null) {
        in.unknownField(field, fields.keySet());
        in.parser().skipChildren();
        ok = false;
      } else if (!seen.add(field)) {
        in.invalid(
            "DUPLICATE_FIELD",
            Label.of("Kolom ganda: " + field, "Field given twice: " + field),
            "each field once");
        ok = false;
      } else {
        ok = f.read(in, b) && ok;
      }
    }

    /** Checks the required fields and builds the value; {@code null} after logging problems. */
    T finish() {
      for (Map.Entry<String, Field<T, B>> e : fields.entrySet()) {
        if (e.getValue().required() && !seen.contains(e.getKey())) {
          in.log().error(
              Location.builder().from(at()).field(e.getKey()).build(),
              "MISSING_FIELD",
              Label.of(
                  "Kolom wajib tidak ada: " + e.getKey(),
                  "Required field missing: " + e.getKey()),
              "field " + e.getKey() + " in " + name,
              null);
          ok = false;
        }
      }
      if (!ok) {
        return null;
      }
      try {
        return build.apply(b);
      } catch (InovasiException e) {
        in.invariant(at(), name, e);
        return null;
      }
    }
  }

  Reading start(JsonIn in, Location at) {
    return new Reading(in, at);
  }

  @Override
  public T read(JsonIn in) throws IOException {
    JsonParser p = in.parser();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return in.wrongType("an object (" + name + ")");
    }
    Reading reading = new Reading(in);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      reading.field(field);
    }
    return reading.finish();
  }

  @Override
  public void write(JsonGenerator out, T value) throws IOException {
    out.writeStartObject();
    writeFields(out, value);
    out.writeEndObject();
  }

  /** Writes the fields without the braces, for documents that add envelope fields. */
  void writeFields(JsonGenerator out, T value) throws IOException {
    for (Map.Entry<String, Field<T, B>> e : fields.entrySet()) {
      e.getValue().write(out, e.getKey(), value);
    }
  }

  @Override
  public ObjectNode schema(Schemas schemas) {
    return schemas.ref(name, () -> definition(schemas));
  }

  /** The object schema itself (not a reference). */
  ObjectNode definition(Schemas schemas) {
    ObjectNode node = Schemas.type("object");
    node.put("description", description);
    ObjectNode properties = node.putObject("properties");
    ArrayNode required = Schemas.NODES.arrayNode();
    for (Map.Entry<String, Field<T, B>> e : fields.entrySet()) {
      properties.set(e.getKey(), e.getValue().schema(schemas));
      if (e.getValue().required()) {
        required.add(e.getKey());
      }
    }
    node.set("required", required);
    node.put("additionalProperties", false);
    return node;
  }

  /** The field names, in writing order. */
  Set<String> fieldNames() {
    return fields.keySet();
  }
}
