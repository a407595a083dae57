package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InovasiException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The editions shipped as resources, read and validated once on first use. */
final class BundledEditions {
  static final ImmutableList<String> IDS = ImmutableList.of("iid-2023", "iid-2026", "iid-2027");
  private static final Map<String, IidEdition> CACHE = new ConcurrentHashMap<>();

  private BundledEditions() {}

  static IidEdition get(String id) {
    if (!IDS.contains(id)) {
      throw new InovasiException("No bundled IID edition '" + id + "'; bundled editions are " + IDS);
    }
    return CACHE.computeIfAbsent(id, BundledEditions::load);
  }

  private static IidEdition load(String id) {
    String resource = "editions/" + id + ".json";
    try (InputStream in = BundledEditions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InovasiException("Bundled IID edition resource " + resource + " is missing from the jar");
      }
      return EditionReader.read(in, id + ".json");
    } catch (IOException e) {
      throw new InovasiException("Cannot read bundled IID edition " + resource, e);
    }
  }
}
