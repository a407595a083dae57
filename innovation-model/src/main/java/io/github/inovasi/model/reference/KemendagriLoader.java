package io.github.inovasi.model.reference;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.RegionLevel;
import io.github.inovasi.model.RegionalGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Loads the bundled region lists and joins them. Every cross-reference is checked (codes
 * exist, names agree, each province has a regional group), so a damaged or drifted data file
 * fails loudly with {@code file:line} instead of silently dropping a flag.
 */
final class KemendagriLoader {
  private static final String[] DOCUMENTS = {"SOURCE.md", "NOTES.md", "ODbL-LICENSE.md"};

  private KemendagriLoader() {}

  static RegionDirectory load() {
    Map<RegionCode, String> provinceNames = new TreeMap<>();
    for (Csv.Row row : Csv.read("provinces.csv", "code", "name")) {
      RegionCode code = code(row, "code");
      if (!code.isProvince() || provinceNames.put(code, row.get("name")) != null) {
        throw row.error("province code " + code + " is not a two-digit code or appears twice");
      }
    }
    Map<RegionCode, RegionalGroup> groups = new HashMap<>();
    for (Csv.Row row : Csv.read("regional_groups.csv", "province_code", "iga_regional", "iga_status")) {
      RegionCode province = known(row, "province_code", provinceNames);
      RegionalGroup group;
      try {
        group = RegionalGroup.valueOf(row.get("iga_regional"));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown regional group '" + row.get("iga_regional") + "'");
      }
      boolean inferred = "inferred".equals(row.get("iga_status"));
      if (inferred != group.isInferred() || groups.put(province, group) != null) {
        throw row.error("regional group " + group + " of " + province
            + " disagrees with its status '" + row.get("iga_status") + "' or appears twice");
      }
    }
    if (!groups.keySet().equals(provinceNames.keySet())) {
      throw new InovasiException("regional_groups.csv does not cover every province of provinces.csv");
    }
    Map<RegionCode, Csv.Row> regencies = new TreeMap<>();
    for (Csv.Row row : Csv.read("regencies.csv", "code", "province_code", "name")) {
      RegionCode code = code(row, "code");
      if (code.isProvince() || !code.provinceCode().equals(code(row, "province_code"))
          || !provinceNames.containsKey(code.provinceCode()) || regencies.put(code, row) != null) {
        throw row.error("regency code " + code + " does not sit in a known province or appears twice");
      }
    }
    Set<RegionCode> administrative = flags("administrative_areas.csv", regencies);
    Set<RegionCode> disadvantaged = flags("daerah_tertinggal.csv", regencies);
    Set<RegionCode> border = flags("daerah_perbatasan.csv", regencies);
    for (Map.Entry<RegionCode, Csv.Row> e : regencies.entrySet()) {
      if (e.getValue().get("name").contains(" ADMINISTRASI ") != administrative.contains(e.getKey())) {
        throw e.getValue().error(e.getKey() + " is named as an administrative area but is not listed"
            + " in administrative_areas.csv, or the other way round");
      }
    }

    ImmutableSortedMap.Builder<RegionCode, Region> regions = ImmutableSortedMap.naturalOrder();
    provinceNames.forEach((code, name) -> regions.put(code, Region.builder()
        .code(code)
        .name(name)
        .level(RegionLevel.PROVINSI)
        .regionalGroup(Optional.ofNullable(groups.get(code)))
        .build()));
    regencies.forEach((code, row) -> {
      String name = row.get("name");
      RegionLevel level;
      if (name.startsWith("KABUPATEN ")) {
        level = RegionLevel.KABUPATEN;
      } else if (name.startsWith("KOTA ")) {
        level = RegionLevel.KOTA;
      } else {
        throw row.error("name '" + name + "' starts with neither KABUPATEN nor KOTA");
      }
      regions.put(code, Region.builder()
          .code(code)
          .name(name)
          .level(level)
          .autonomous(!administrative.contains(code))
          .disadvantaged(disadvantaged.contains(code))
          .border(border.contains(code))
          .regionalGroup(Optional.ofNullable(groups.get(code.provinceCode())))
          .build());
    });
    return RegionDirectory.bundled(regions.buildOrThrow());
  }

  /** Reads a code,name list of regencies, checking each code exists and the name agrees. */
  private static Set<RegionCode> flags(String file, Map<RegionCode, Csv.Row> regencies) {
    Set<RegionCode> codes = new HashSet<>();
    for (Csv.Row row : Csv.read(file, "code", "name")) {
      RegionCode code = known(row, "code", regencies);
      String regencyName = Objects.requireNonNull(regencies.get(code)).get("name");
      if (!regencyName.equals(row.get("name"))) {
        throw row.error("name '" + row.get("name") + "' differs from regencies.csv '"
            + regencyName + "' for " + code);
      }
      if (!codes.add(code)) {
        throw row.error(code + " appears twice");
      }
    }
    return codes;
  }

  private static RegionCode known(Csv.Row row, String column, Map<RegionCode, ?> known) {
    RegionCode code = code(row, column);
    if (!known.containsKey(code)) {
      throw row.error("unknown region code " + code);
    }
    return code;
  }

  private static RegionCode code(Csv.Row row, String column) {
    try {
      return RegionCode.parse(row.get(column));
    } catch (InovasiException e) {
      throw row.error(String.valueOf(e.getMessage()));
    }
  }

  static ImmutableMap<String, String> documents() {
    ImmutableMap.Builder<String, String> docs = ImmutableMap.builder();
    for (String name : DOCUMENTS) {
      try (InputStream in = KemendagriLoader.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new InovasiException("bundled resource " + name + " is missing from the jar");
        }
        docs.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled resource " + name, e);
      }
    }
    return docs.build();
  }
}
