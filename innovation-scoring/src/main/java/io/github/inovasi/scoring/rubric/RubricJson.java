package io.github.inovasi.scoring.rubric;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.iid.Provenance;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** Writes a rubric in its file format, so that reading the text gives an equal rubric. */
final class RubricJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private RubricJson() {}

  static String write(Rubric r) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = FACTORY.createGenerator(text).useDefaultPrettyPrinter()) {
      out.writeStartObject();
      out.writeStringField("format", RubricReader.FORMAT);
      out.writeNumberField("formatVersion", RubricReader.FORMAT_VERSION);
      out.writeStringField("id", r.id());
      label(out, "title", r.title());
      out.writeStringField("unit", r.unit().code());
      provenance(out, "provenance", r.provenance());
      out.writeObjectFieldStart("scale");
      if (r.scale().isPresent()) {
        scaleFields(out, r.scale().get());
      }
      provenance(out, "provenance", r.scaleProvenance());
      out.writeEndObject();
      out.writeArrayFieldStart("criteria");
      for (Criterion c : r.criteria()) {
        out.writeStartObject();
        out.writeStringField("code", c.code());
        label(out, "name", c.name());
        number(out, "weight", c.weight());
        if (c.scale().isPresent()) {
          scale(out, "scale", c.scale().get());
        }
        provenance(out, "provenance", c.provenance());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeObjectFieldStart("judges");
      out.writeStringField("combination", r.judges().method().code());
      if (r.judges().method() == JudgeCombination.Method.TRIMMED_MEAN) {
        out.writeNumberField("trim", r.judges().trim());
      }
      provenance(out, "provenance", r.judges().provenance());
      out.writeEndObject();
      out.writeObjectFieldStart("aggregation");
      out.writeStringField("method", r.aggregation().method().code());
      provenance(out, "provenance", r.aggregation().provenance());
      out.writeEndObject();
      out.writeObjectFieldStart("rounding");
      out.writeNumberField("scale", r.roundingScale());
      out.writeStringField("mode", r.roundingMode().name());
      provenance(out, "provenance", r.roundingProvenance());
      out.writeEndObject();
      if (!r.bands().isEmpty()) {
        out.writeObjectFieldStart("bands");
        out.writeArrayFieldStart("values");
        for (RubricBand b : r.bands()) {
          out.writeStartObject();
          out.writeStringField("code", b.code());
          label(out, "label", b.label());
          number(out, "from", b.from());
          number(out, "to", b.to());
          out.writeEndObject();
        }
        out.writeEndArray();
        provenance(out, "provenance", r.bandsProvenance().get());
        out.writeEndObject();
      }
      if (r.assumedScale().isPresent()) {
        out.writeObjectFieldStart("assumptions");
        scale(out, "scale", r.assumedScale().get());
        provenance(out, "provenance", r.assumptionProvenance().get());
        out.writeEndObject();
      }
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString() + "\n";
  }

  private static void scale(JsonGenerator out, String name, Scale s) throws IOException {
    out.writeObjectFieldStart(name);
    scaleFields(out, s);
    out.writeEndObject();
  }

  private static void scaleFields(JsonGenerator out, Scale s) throws IOException {
    if (!s.levels().isEmpty()) {
      out.writeArrayFieldStart("levels");
      for (ScaleLevel l : s.levels()) {
        out.writeStartObject();
        number(out, "points", l.points());
        label(out, "label", l.label());
        out.writeEndObject();
      }
      out.writeEndArray();
      return;
    }
    number(out, "minimum", s.minimum());
    number(out, "maximum", s.maximum());
    if (s.step().isPresent()) {
      number(out, "step", s.step().get());
    }
  }

  private static void number(JsonGenerator out, String name, BigDecimal value) throws IOException {
    out.writeFieldName(name);
    out.writeNumber(value.toPlainString());
  }

  private static void label(JsonGenerator out, String name, Label label) throws IOException {
    out.writeObjectFieldStart(name);
    out.writeStringField("id", label.indonesian());
    out.writeStringField("en", label.english());
    out.writeEndObject();
  }

  private static void provenance(JsonGenerator out, String name, Provenance p) throws IOException {
    out.writeObjectFieldStart(name);
    out.writeStringField("status", p.status().code());
    out.writeArrayFieldStart("sources");
    for (String s : p.sources()) {
      out.writeString(s);
    }
    out.writeEndArray();
    if (p.note().isPresent()) {
      out.writeStringField("note", p.note().get());
    }
    out.writeEndObject();
  }
}
