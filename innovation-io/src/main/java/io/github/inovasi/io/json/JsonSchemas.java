package io.github.inovasi.io.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.inovasi.model.InovasiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of each kind of document, generated from the same shapes the
 * reader and writer use. The published files (in the jar and under {@code docs/schema/}) are
 * checked against this generation by a test.
 */
final class JsonSchemas {
  static final String BASE_ID = "https://inovasi.github.io/schema/v1/";

  private JsonSchemas() {}

  /** The resource name of a kind's schema, relative to this package. */
  static String resourceName(JsonKind<?> kind) {
    return resourceName(kind.id());
  }

  /** The resource name of a document kind's schema, by its id ({@code "results"}), relative to this package. */
  static String resourceName(String kind) {
    return "schema/" + kind + ".schema.json";
  }

  /** Generates the schema of a kind of document. */
  static ObjectNode generate(JsonKind<?> kind) {
    Schemas schemas = new Schemas();
    ObjectNode root = Schemas.NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", BASE_ID + kind.id() + ".schema.json");
    root.put("title", "Inovasi " + kind.id() + " document, format version " + DocumentReader.FORMAT_VERSION);
    ObjectNode body;
    if (kind.isSingle()) {
      body = kind.shape().definition(schemas);
    } else {
      body = Schemas.type("object");
      body.put("description", "A list of " + kind.shape().name() + " records.");
      ObjectNode list = Schemas.type("array");
      list.set("items", kind.shape().schema(schemas));
      body.putObject("properties").set(kind.id(), list);
      body.putArray("required").add(kind.id());
      body.put("additionalProperties", false);
    }
    ObjectNode properties = Schemas.NODES.objectNode();
    properties.putObject("formatVersion").put("const", DocumentReader.FORMAT_VERSION);
    properties.putObject("kind").put("const", kind.id());
    properties.setAll((ObjectNode) body.get("properties"));
    ArrayNode required = Schemas.NODES.arrayNode().add("formatVersion").add("kind");
    required.addAll((ArrayNode) body.get("required"));
    root.put("description", body.get("description").asText());
    root.put("type", "object");
    root.set("properties", properties);
    root.set("required", required);
    root.put("additionalProperties", false);
    root.set("$defs", schemas.defs());
    return root;
  }

  /** Renders a schema as the published text. */
  static String render(ObjectNode schema) {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a published schema from the jar. */
  static String published(JsonKind<?> kind) {
    return published(kind.id());
  }

  /** Reads a published schema from the jar, by the document kind's id. */
  static String published(String kind) {
    try (InputStream in = JsonSchemas.class.getResourceAsStream(resourceName(kind))) {
      if (in == null) {
        throw new InovasiException("the schema of " + kind + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InovasiException("cannot read the schema of " + kind, e);
    }
  }
}
