package io.github.inovasi.io.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Collects the named definitions ({@code $defs}) of one JSON Schema document. */
final class Schemas {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, ObjectNode> defs = new TreeMap<>();

  /** Returns a {@code $ref} to a named definition, building it on first use. */
  ObjectNode ref(String name, Supplier<ObjectNode> definition) {
    if (!defs.containsKey(name)) {
      defs.put(name, NODES.objectNode()); // placeholder: recursive shapes terminate
      defs.put(name, definition.get());
    }
    return NODES.objectNode().put("$ref", "#/$defs/" + name);
  }

  ObjectNode defs() {
    ObjectNode node = NODES.objectNode();
    defs.forEach(node::set);
    return node;
  }

  static ObjectNode type(String type) {
    return NODES.objectNode().put("type", type);
  }
}
