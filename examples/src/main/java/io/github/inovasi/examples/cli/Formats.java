package io.github.inovasi.examples.cli;

import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.io.table.TableKind;
import io.github.inovasi.model.InovasiException;
import java.util.Locale;

/** Parses the kind names the file commands accept. */
final class Formats {
  private Formats() {}

  static JsonKind<?> jsonKind(String name) {
    return JsonKind.byId(name.toLowerCase(Locale.ROOT))
        .orElseThrow(
            () -> new InovasiException("unknown JSON kind '" + name + "'; known kinds: " + JsonKind.all()));
  }

  static TableKind tableKind(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "register":
      case "daftar":
        return TableKind.REGISTER;
      case "answers":
      case "jawaban":
        return TableKind.ANSWERS;
      case "rankings":
      case "peringkat":
        return TableKind.RANKINGS;
      case "breakdowns":
      case "rincian":
        return TableKind.BREAKDOWNS;
      default:
        throw new InovasiException(
            "unknown table kind '" + name + "'; known kinds: register, answers, rankings, breakdowns");
    }
  }
}
