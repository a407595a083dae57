package io.github.inovasi.io.json;

import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.RegionLevel;
import io.github.inovasi.model.RegionalGroup;
import java.util.List;

/** One hand-made, fully populated document per kind, for schema and corpus tests. */
final class SampleDocuments {
  private SampleDocuments() {}

  static final Region BLITAR =
      Region.builder()
          .code(RegionCode.parse("35.72"))
          .name("KOTA BLITAR")
          .level(RegionLevel.KOTA)
          .regionalGroup(RegionalGroup.II)
          .build();

  static final Region ROTE_NDAO =
      Region.builder()
          .code(RegionCode.parse("53.14"))
          .name("KABUPATEN ROTE NDAO")
          .level(RegionLevel.KABUPATEN)
          .disadvantaged(true)
          .border(true)
          .build();

  static String of(JsonKind<?> kind) {
    InovasiJson json = InovasiJson.create();
    if (kind == JsonKind.REGIONS) {
      return json.writeString(JsonKind.REGIONS, List.of(BLITAR, ROTE_NDAO));
    }
    throw new IllegalArgumentException("no sample for " + kind);
  }
}
