package io.github.inovasi.io.json;

import io.github.inovasi.model.Agency;
import io.github.inovasi.model.AgencyKind;
import io.github.inovasi.model.Answer;
import io.github.inovasi.model.Aspect;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Coordinates;
import io.github.inovasi.model.Document;
import io.github.inovasi.model.Evidence;
import io.github.inovasi.model.EvidenceKind;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Indicator;
import io.github.inovasi.model.IndicatorLevel;
import io.github.inovasi.model.Initiator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InnovationForm;
import io.github.inovasi.model.InnovationType;
import io.github.inovasi.model.Innovator;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.MeasurementBasis;
import io.github.inovasi.model.Replication;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import io.github.inovasi.model.Theme;
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
          "a Kemendagri code such as 35 or 35.72",
          null,
          "^[0-9]{2}([.][0-9]{2})?$",
          RegionCode::parse,
          RegionCode::value);

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

  static final Shape<Agency, Agency.Builder> AGENCY =
      Shape.of(
              "Agency",
              "A perangkat daerah (OPD) or a unit under it (UPTD, puskesmas, sekolah, kecamatan).",
              Agency::builder,
              Agency.Builder::build)
          .required("id", Codecs.STRING, (b, v) -> b.id(v), Agency::id)
          .required("name", Codecs.STRING, (b, v) -> b.name(v), Agency::name)
          .required("kind", Codecs.coded(AgencyKind.class), (b, v) -> b.kind(v), Agency::kind)
          .required("region", REGION_CODE, (b, v) -> b.region(v), Agency::region)
          .optional("parentId", Codecs.STRING, (b, v) -> b.parentId(v), Agency::parentId);

  static final Shape<Evidence, Evidence.Builder> EVIDENCE =
      Shape.of(
              "Evidence",
              "A supporting document (data pendukung): kind, nomor surat, tanggal, tentang, link.",
              Evidence::builder,
              Evidence.Builder::build)
          .required("kind", Codecs.coded(EvidenceKind.class), (b, v) -> b.kind(v), Evidence::kind)
          .optional("number", Codecs.STRING, (b, v) -> b.number(v), Evidence::number)
          .optional("date", Codecs.DATE, (b, v) -> b.date(v), Evidence::date)
          .optional("title", Codecs.STRING, (b, v) -> b.title(v), Evidence::title)
          .optional("link", Codecs.URI_CODEC, (b, v) -> b.link(v), Evidence::link);

  static final Shape<Answer, Answer.Builder> ANSWER =
      Shape.of(
              "Answer",
              "The answer to one indicator: claimed level, basis, evidence, verified level.",
              Answer::builder,
              Answer.Builder::build)
          .required("indicatorCode", Codecs.STRING, (b, v) -> b.indicatorCode(v), Answer::indicatorCode)
          .optionalInt("claimedLevel", 1, 3, (b, v) -> b.claimedLevel(v), Answer::claimedLevel)
          .optional("basis", Codecs.STRING, (b, v) -> b.basis(v), Answer::basis)
          .list("evidence", EVIDENCE, (b, v) -> b.addAllEvidence(v), Answer::evidence)
          .optionalInt("verifiedLevel", 0, 3, (b, v) -> b.verifiedLevel(v), Answer::verifiedLevel)
          .optional("verifierNote", Codecs.STRING, (b, v) -> b.verifierNote(v), Answer::verifierNote);

  static final Shape<Document, Document.Builder> DOCUMENT =
      Shape.of(
              "Document",
              "A document attached to a profile (anggaran, profil bisnis).",
              Document::builder,
              Document.Builder::build)
          .required("title", Codecs.STRING, (b, v) -> b.title(v), Document::title)
          .optional("link", Codecs.URI_CODEC, (b, v) -> b.link(v), Document::link)
          .optional("date", Codecs.DATE, (b, v) -> b.date(v), Document::date);

  static final Shape<Innovator, Innovator.Builder> INNOVATOR =
      Shape.of(
              "Innovator",
              "A person behind an innovation (inovator).",
              Innovator::builder,
              Innovator.Builder::build)
          .required("name", Codecs.STRING, (b, v) -> b.name(v), Innovator::name)
          .optional("agencyId", Codecs.STRING, (b, v) -> b.agencyId(v), Innovator::agencyId)
          .optional("role", Codecs.STRING, (b, v) -> b.role(v), Innovator::role)
          .optional("contact", Codecs.STRING, (b, v) -> b.contact(v), Innovator::contact);

  static final Shape<Replication, Replication.Builder> REPLICATION =
      Shape.of(
              "Replication",
              "A replication of the innovation by another region.",
              Replication::builder,
              Replication.Builder::build)
          .required("region", REGION_CODE, (b, v) -> b.region(v), Replication::region)
          .optional("date", Codecs.DATE, (b, v) -> b.date(v), Replication::date)
          .optional("evidence", EVIDENCE, (b, v) -> b.evidence(v), Replication::evidence);

  static final Shape<Coordinates, double[]> COORDINATES =
      Shape.<Coordinates, double[]>of(
              "Coordinates",
              "A point in WGS 84 degrees (koordinat).",
              () -> new double[2],
              b -> Coordinates.of(b[0], b[1]))
          .required("latitude", Codecs.DOUBLE, (b, v) -> b[0] = v, Coordinates::latitude)
          .required("longitude", Codecs.DOUBLE, (b, v) -> b[1] = v, Coordinates::longitude);

  static final Shape<Innovation, Innovation.Builder> INNOVATION =
      Shape.of(
              "Innovation",
              "The profile of a regional innovation (profil inovasi daerah).",
              Innovation::builder,
              Innovation.Builder::build)
          .required("id", Codecs.STRING, (b, v) -> b.id(v), Innovation::id)
          .required("name", Codecs.STRING, (b, v) -> b.name(v), Innovation::name)
          .optional("agencyId", Codecs.STRING, (b, v) -> b.agencyId(v), Innovation::agencyId)
          .required("type", Codecs.coded(InnovationType.class), (b, v) -> b.type(v), Innovation::type)
          .required("form", Codecs.coded(InnovationForm.class), (b, v) -> b.form(v), Innovation::form)
          .required(
              "initiator", Codecs.coded(Initiator.class), (b, v) -> b.initiator(v), Innovation::initiator)
          .required("stage", Codecs.coded(Stage.class), (b, v) -> b.stage(v), Innovation::stage)
          .optional("theme", Codecs.coded(Theme.class), (b, v) -> b.theme(v), Innovation::theme)
          .required(
              "mainAffair",
              Codecs.coded(GovernmentAffair.class),
              (b, v) -> b.mainAffair(v),
              Innovation::mainAffair)
          .set(
              "otherAffairs",
              Codecs.coded(GovernmentAffair.class),
              (b, v) -> b.addAllOtherAffairs(v),
              Innovation::otherAffairs)
          .optional("trialDate", Codecs.DATE, (b, v) -> b.trialDate(v), Innovation::trialDate)
          .optional(
              "implementationDate",
              Codecs.DATE,
              (b, v) -> b.implementationDate(v),
              Innovation::implementationDate)
          .optional("renewalDate", Codecs.DATE, (b, v) -> b.renewalDate(v), Innovation::renewalDate)
          .optional("design", Codecs.STRING, (b, v) -> b.design(v), Innovation::design)
          .optional("objective", Codecs.STRING, (b, v) -> b.objective(v), Innovation::objective)
          .optional("benefits", Codecs.STRING, (b, v) -> b.benefits(v), Innovation::benefits)
          .optional("results", Codecs.STRING, (b, v) -> b.results(v), Innovation::results)
          .list("innovators", INNOVATOR, (b, v) -> b.addAllInnovators(v), Innovation::innovators)
          .optional(
              "budgetDocument", DOCUMENT, (b, v) -> b.budgetDocument(v), Innovation::budgetDocument)
          .optional(
              "businessProfile", DOCUMENT, (b, v) -> b.businessProfile(v), Innovation::businessProfile)
          .list(
              "replications", REPLICATION, (b, v) -> b.addAllReplications(v), Innovation::replications)
          .optional(
              "covidRelated", Codecs.BOOLEAN, (b, v) -> b.covidRelated(v), Innovation::covidRelated)
          .optional(
              "classification", Codecs.STRING, (b, v) -> b.classification(v), Innovation::classification)
          .optional(
              "coordinates", COORDINATES, (b, v) -> b.coordinates(v), Innovation::coordinates)
          .set("astaCitaTags", Codecs.STRING, (b, v) -> b.addAllAstaCitaTags(v), Innovation::astaCitaTags)
          .set("pkpnTags", Codecs.STRING, (b, v) -> b.addAllPkpnTags(v), Innovation::pkpnTags);

  static final Shape<ReportedInnovation, ReportedInnovation.Builder> REPORTED_INNOVATION =
      Shape.of(
              "ReportedInnovation",
              "An innovation as reported in an assessment, with its SID answers.",
              ReportedInnovation::builder,
              ReportedInnovation.Builder::build)
          .required(
              "innovation", INNOVATION, (b, v) -> b.innovation(v), ReportedInnovation::innovation)
          .keyedList(
              "answers",
              ANSWER,
              Answer::indicatorCode,
              (b, v) -> b.addAllAnswers(v),
              ReportedInnovation::answers);

  static final Shape<Assessment, Assessment.Builder> ASSESSMENT =
      Shape.of(
              "Assessment",
              "One region in one edition: region-level (SPD) answers and reported innovations.",
              Assessment::builder,
              Assessment.Builder::build)
          .required("region", REGION, (b, v) -> b.region(v), Assessment::region)
          .required("editionId", Codecs.STRING, (b, v) -> b.editionId(v), Assessment::editionId)
          .keyedList("agencies", AGENCY, Agency::id, (b, v) -> b.addAllAgencies(v), Assessment::agencies)
          .keyedList(
              "regionAnswers",
              ANSWER,
              Answer::indicatorCode,
              (b, v) -> b.addAllRegionAnswers(v),
              Assessment::regionAnswers)
          .keyedList(
              "innovations",
              REPORTED_INNOVATION,
              r -> r.innovation().id(),
              (b, v) -> b.addAllInnovations(v),
              Assessment::innovations);

  static final Shape<IndicatorLevel, IndicatorLevel.Builder> INDICATOR_LEVEL =
      Shape.of(
              "IndicatorLevel",
              "One of the three levels (P1, P2, P3) of an indicator.",
              IndicatorLevel::builder,
              IndicatorLevel.Builder::build)
          .required("value", Codecs.integer(1, 3), (b, v) -> b.value(v), IndicatorLevel::value)
          .required("description", LABEL, (b, v) -> b.description(v), IndicatorLevel::description);

  static final Shape<MeasurementBasis, MeasurementBasis.Builder> MEASUREMENT_BASIS =
      Shape.of(
              "MeasurementBasis",
              "One alternative basis of measurement of an indicator (e.g. kemanfaatan a-f).",
              MeasurementBasis::builder,
              MeasurementBasis.Builder::build)
          .required("code", Codecs.STRING, (b, v) -> b.code(v), MeasurementBasis::code)
          .required("name", LABEL, (b, v) -> b.name(v), MeasurementBasis::name)
          .list("levels", INDICATOR_LEVEL, (b, v) -> b.addAllLevels(v), MeasurementBasis::levels);

  static final Shape<Indicator, Indicator.Builder> INDICATOR =
      Shape.of(
              "Indicator",
              "An IID indicator of an edition (SPD or SID).",
              Indicator::builder,
              Indicator.Builder::build)
          .required("code", Codecs.STRING, (b, v) -> b.code(v), Indicator::code)
          .required("number", Codecs.integer(1, 999), (b, v) -> b.number(v), Indicator::number)
          .required("aspect", Codecs.coded(Aspect.class), (b, v) -> b.aspect(v), Indicator::aspect)
          .required("name", LABEL, (b, v) -> b.name(v), Indicator::name)
          .required("variable", LABEL, (b, v) -> b.variable(v), Indicator::variable)
          .required("weight", Codecs.DECIMAL, (b, v) -> b.weight(v), Indicator::weight)
          .required("mandatory", Codecs.BOOLEAN, (b, v) -> b.mandatory(v), Indicator::mandatory)
          .list("levels", INDICATOR_LEVEL, (b, v) -> b.addAllLevels(v), Indicator::levels)
          .keyedList(
              "bases", MEASUREMENT_BASIS, MeasurementBasis::code, (b, v) -> b.addAllBases(v), Indicator::bases)
          .optional("definition", LABEL, (b, v) -> b.definition(v), Indicator::definition)
          .optional(
              "expectedEvidence", LABEL, (b, v) -> b.expectedEvidence(v), Indicator::expectedEvidence);

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
