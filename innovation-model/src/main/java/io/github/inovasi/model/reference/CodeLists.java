package io.github.inovasi.model.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.AffairGroup;
import io.github.inovasi.model.AgencyKind;
import io.github.inovasi.model.Aspect;
import io.github.inovasi.model.CodedValue;
import io.github.inovasi.model.EvidenceKind;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Initiator;
import io.github.inovasi.model.InnovationForm;
import io.github.inovasi.model.InnovationType;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Stage;
import io.github.inovasi.model.Theme;
import java.util.Arrays;
import java.util.Optional;

/**
 * The code lists of the innovation profile, by name, for tools that show or check them
 * generically (a form, a CSV template, a portal's drop-down lists). Each entry has a stable
 * Indonesian code and a bilingual label; the typed lookups are the enums' own
 * {@code ofCode(String)} methods.
 *
 * <pre>{@code
 * CodeLists.names();                      // [tahapan, jenis, bentuk, inisiator, ...]
 * CodeLists.list("tahapan");              // INITIATION, TRIAL, IMPLEMENTATION
 * CodeLists.find("urusan", "KESEHATAN");  // Optional[HEALTH]
 * }</pre>
 */
public final class CodeLists {
  private static final ImmutableMap<String, ImmutableList<CodedValue>> LISTS =
      ImmutableMap.<String, ImmutableList<CodedValue>>builder()
          .put("tahapan", entries(Stage.values()))
          .put("jenis", entries(InnovationType.values()))
          .put("bentuk", entries(InnovationForm.values()))
          .put("inisiator", entries(Initiator.values()))
          .put("tematik", entries(Theme.values()))
          .put("urusan", entries(GovernmentAffair.values()))
          .put("kelompok-urusan", entries(AffairGroup.values()))
          .put("jenis-bukti", entries(EvidenceKind.values()))
          .put("jenis-perangkat-daerah", entries(AgencyKind.values()))
          .put("aspek", entries(Aspect.values()))
          .put("kategori-daerah", entries(RegionCategory.values()))
          .buildOrThrow();

  private CodeLists() {}

  /**
   * Returns the names of the code lists, in Indonesian: {@code tahapan}, {@code jenis},
   * {@code bentuk}, {@code inisiator}, {@code tematik}, {@code urusan},
   * {@code kelompok-urusan}, {@code jenis-bukti}, {@code jenis-perangkat-daerah},
   * {@code aspek}, {@code kategori-daerah}.
   *
   * @return the list names
   */
  public static ImmutableList<String> names() {
    return LISTS.keySet().asList();
  }

  /**
   * Returns one code list.
   *
   * @param name the list name, e.g. {@code "tahapan"}
   * @return its entries, in their official order
   * @throws InvalidValueException if there is no list with that name; the message lists them
   */
  public static ImmutableList<CodedValue> list(String name) {
    ImmutableList<CodedValue> list = LISTS.get(name);
    if (list == null) {
      throw new InvalidValueException("CodeLists.name",
          "unknown code list '" + name + "'; known: " + LISTS.keySet());
    }
    return list;
  }

  /**
   * Finds an entry of a list by code, ignoring case and treating spaces and hyphens as
   * underscores.
   *
   * @param name the list name, e.g. {@code "urusan"}
   * @param code the entry's code, e.g. {@code "KESEHATAN"}
   * @return the entry, or empty when the list has no such code
   * @throws InvalidValueException if there is no list with that name
   */
  public static Optional<CodedValue> find(String name, String code) {
    String wanted = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT)
        .replace(' ', '_').replace('-', '_');
    return list(name).stream().filter(e -> e.code().equals(wanted)).findFirst();
  }

  private static ImmutableList<CodedValue> entries(CodedValue... values) {
    return ImmutableList.copyOf(Arrays.asList(values));
  }
}
