package io.github.inovasi.io.table;

import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Initiator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InnovationForm;
import io.github.inovasi.model.InnovationType;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.Stage;
import io.github.inovasi.model.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The innovation register: one row per innovation, the profile's flat fields. Innovators,
 * documents and replications are nested lists and travel in JSON only.
 */
final class RegisterTable extends Table<RegisterEntry> {
  static final RegisterTable INSTANCE = new RegisterTable();

  private static final List<Column> COLUMNS =
      List.of(
          Column.required("kode_wilayah", "region_code"),
          Column.required("id_inovasi", "id"),
          Column.required("nama_inovasi", "name"),
          Column.optional("id_perangkat_daerah", "agency_id"),
          Column.required("jenis", "type"),
          Column.required("bentuk", "form"),
          Column.required("inisiator", "initiator"),
          Column.required("tahapan", "stage"),
          Column.optional("tematik", "theme"),
          Column.required("urusan_utama", "main_affair"),
          Column.optional("urusan_lain", "other_affairs"),
          Column.optional("tanggal_uji_coba", "trial_date"),
          Column.optional("tanggal_penerapan", "implementation_date"),
          Column.optional("tanggal_pembaharuan", "renewal_date"),
          Column.optional("rancang_bangun", "design"),
          Column.optional("tujuan", "objective"),
          Column.optional("manfaat", "benefits"),
          Column.optional("hasil", "results"),
          Column.optional("terkait_covid", "covid_related"),
          Column.optional("klasifikasi", "classification"),
          Column.optional("lintang", "latitude"),
          Column.optional("bujur", "longitude"),
          Column.optional("asta_cita", "asta_cita_tags"),
          Column.optional("pkpn", "pkpn_tags"));

  @Override
  String name() {
    return "register";
  }

  @Override
  List<Column> columns() {
    return COLUMNS;
  }

  @Override
  RegisterEntry read(RowCells row) {
    RegionCode region = row.regionCode("region_code");
    String id = row.required("id");
    String name = row.required("name");
    InnovationType type = row.coded("type", InnovationType.class, true);
    InnovationForm form = row.coded("form", InnovationForm.class, true);
    Initiator initiator = row.coded("initiator", Initiator.class, true);
    Stage stage = row.coded("stage", Stage.class, true);
    Theme theme = row.coded("theme", Theme.class, false);
    GovernmentAffair main = row.coded("main_affair", GovernmentAffair.class, true);
    List<GovernmentAffair> others = row.codedList("other_affairs", GovernmentAffair.class);
    LocalDate trial = row.date("trial_date");
    LocalDate implementation = row.date("implementation_date");
    LocalDate renewal = row.date("renewal_date");
    Boolean covid = row.bool("covid_related");
    Double latitude = row.number("latitude");
    Double longitude = row.number("longitude");
    if ((latitude == null) != (longitude == null) && row.ok()) {
      row.missing(latitude == null ? "latitude" : "longitude");
    }
    if (!row.ok()) {
      return null;
    }
    try {
      Innovation.Builder b =
          Innovation.builder()
              .id(id)
              .name(name)
              .type(type)
              .form(form)
              .initiator(initiator)
              .stage(stage)
              .mainAffair(main)
              .addAllOtherAffairs(others)
              .addAllAstaCitaTags(row.list("asta_cita_tags"))
              .addAllPkpnTags(row.list("pkpn_tags"));
      Optional.ofNullable(row.text("agency_id")).ifPresent(b::agencyId);
      Optional.ofNullable(theme).ifPresent(b::theme);
      Optional.ofNullable(trial).ifPresent(b::trialDate);
      Optional.ofNullable(implementation).ifPresent(b::implementationDate);
      Optional.ofNullable(renewal).ifPresent(b::renewalDate);
      Optional.ofNullable(row.text("design")).ifPresent(b::design);
      Optional.ofNullable(row.text("objective")).ifPresent(b::objective);
      Optional.ofNullable(row.text("benefits")).ifPresent(b::benefits);
      Optional.ofNullable(row.text("results")).ifPresent(b::results);
      Optional.ofNullable(covid).ifPresent(b::covidRelated);
      Optional.ofNullable(row.text("classification")).ifPresent(b::classification);
      if (latitude != null) {
        b.coordinates(io.github.inovasi.model.Coordinates.of(latitude, longitude));
      }
      return RegisterEntry.of(region, b.build());
    } catch (InvalidValueException e) {
      row.invariant(e);
      return null;
    }
  }

  @Override
  List<List<Object>> write(RegisterEntry entry) {
    Innovation i = entry.innovation();
    List<Object> cells =
        new ArrayList<>(
            Arrays.asList(
                entry.region().value(),
                i.id(),
                i.name(),
                i.agencyId().orElse(null),
                i.type().code(),
                i.form().code(),
                i.initiator().code(),
                i.stage().code(),
                i.theme().map(Theme::code).orElse(null),
                i.mainAffair().code(),
                join(i.otherAffairs(), GovernmentAffair::code),
                i.trialDate().map(LocalDate::toString).orElse(null),
                i.implementationDate().map(LocalDate::toString).orElse(null),
                i.renewalDate().map(LocalDate::toString).orElse(null),
                i.design().orElse(null),
                i.objective().orElse(null),
                i.benefits().orElse(null),
                i.results().orElse(null),
                i.covidRelated().map(Cells::bool).orElse(null),
                i.classification().orElse(null),
                i.coordinates().map(c -> (Object) c.latitude()).orElse(null),
                i.coordinates().map(c -> (Object) c.longitude()).orElse(null),
                join(i.astaCitaTags(), t -> t),
                join(i.pkpnTags(), t -> t)));
    return List.of(cells);
  }

  private static <V> String join(Iterable<V> values, Function<V, String> code) {
    StringBuilder out = new StringBuilder();
    for (V v : values) {
      out.append(out.length() == 0 ? "" : ";").append(code.apply(v));
    }
    return out.length() == 0 ? null : out.toString();
  }

  @Override
  Object key(RegisterEntry entry) {
    return entry.region() + "/" + entry.innovation().id();
  }
}
