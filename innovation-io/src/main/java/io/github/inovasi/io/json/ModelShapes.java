package io.github.inovasi.io.json;

import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.RegionLevel;
import io.github.inovasi.model.RegionalGroup;

/**
 * The JSON shape of every model type: field names are the model's accessor names, enum
 * constants are written by name, dates as ISO text, decimals as JSON numbers.
 */
final class ModelShapes {
  private ModelShapes() {}

  static final Codec<RegionCode> REGION_CODE =
      Codecs.text(
          "a Kemendagri code such as 35 or 35.72", null, RegionCode::parse, RegionCode::value);

  static final Shape<Label, LabelBuilder> LABEL =
      Shape.<Label, LabelBuilder>of(
              "Label",
              "A text in Indonesian and English.",
              LabelBuilder::new,
              LabelBuilder::build)
          .required("indonesian", Codecs.STRING, (b, v) -> b.indonesian = v, Label::indonesian)
          .required("english", Codecs.STRING, (b, v) -> b.english = v, Label::english);

  static final Shape<Region, Region.Builder> REGION =
      Shape.of(
              "Region",
              "A regional government (pemda): a province, kabupaten or kota.",
              Region::builder,
              Region.Builder::build)
          .required("code", REGION_CODE, (b, v) -> b.code(v), Region::code)
          .required("name", Codecs.STRING, (b, v) -> b.name(v), Region::name)
          .required(
              "level", Codecs.enumeration(RegionLevel.class), (b, v) -> b.level(v), Region::level)
          .required("autonomous", Codecs.BOOLEAN, (b, v) -> b.autonomous(v), Region::autonomous)
          .required(
              "disadvantaged", Codecs.BOOLEAN, (b, v) -> b.disadvantaged(v), Region::disadvantaged)
          .required("border", Codecs.BOOLEAN, (b, v) -> b.border(v), Region::border)
          .optional(
              "regionalGroup",
              Codecs.enumeration(RegionalGroup.class),
              (b, v) -> b.regionalGroup(v),
              Region::regionalGroup);

  static final Shape<Location, Location.Builder> LOCATION =
      Shape.of(
              "Location",
              "Where a problem is: file, line, column, path (JSON pointer or model path), field.",
              Location::builder,
              Location.Builder::build)
          .optional("source", Codecs.STRING, (b, v) -> b.source(v), Location::source)
          .optionalInt(
              "line", 1, Integer.MAX_VALUE, (b, v) -> b.line(v), Location::line)
          .optionalInt(
              "column", 1, Integer.MAX_VALUE, (b, v) -> b.column(v), Location::column)
          .required("path", Codecs.STRING, (b, v) -> b.path(v), Location::path)
          .optional("field", Codecs.STRING, (b, v) -> b.field(v), Location::field);

  static final Shape<Problem, Problem.Builder> PROBLEM =
      Shape.of(
              "Problem",
              "A problem found in input, located, with a bilingual message.",
              Problem::builder,
              Problem.Builder::build)
          .required("code", Codecs.STRING, (b, v) -> b.code(v), Problem::code)
          .required(
              "severity",
              Codecs.enumeration(Problem.Severity.class),
              (b, v) -> b.severity(v),
              Problem::severity)
          .required("location", LOCATION, (b, v) -> b.location(v), Problem::location)
          .required("message", LABEL, (b, v) -> b.message(v), Problem::message)
          .optional("expected", Codecs.STRING, (b, v) -> b.expected(v), Problem::expected)
          .optional("found", Codecs.STRING, (b, v) -> b.found(v), Problem::found);

  /** {@link Label} has only a two-argument factory; this collects its parts. */
  static final class LabelBuilder {
    private String indonesian;
    private String english;

    Label build() {
      return Label.of(indonesian, english);
    }
  }
}
