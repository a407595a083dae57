package io.github.inovasi.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.io.ReadReport;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.RegionLevel;
import io.github.inovasi.model.RegionalGroup;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class InovasiJsonTest {
  private final InovasiJson json = InovasiJson.create();

  private static final Region BLITAR =
      Region.builder()
          .code(RegionCode.parse("35.72"))
          .name("KOTA BLITAR")
          .level(RegionLevel.KOTA)
          .regionalGroup(RegionalGroup.II)
          .build();

  @Test
  void writeThenRead_regions_givesEqualValues() {
    String text = json.writeString(JsonKind.REGIONS, List.of(BLITAR));
    assertThat(text).contains("\"formatVersion\" : 1").contains("\"kind\" : \"regions\"");
    assertThat(json.readString(text, JsonKind.REGIONS)).containsExactly(BLITAR);
  }

  @Test
  void read_documentWithSeveralProblems_reportsEveryOneWithItsPointer() {
    String text =
        "{\"formatVersion\":1,\"kind\":\"regions\",\"regions\":[\n"
            + "{\"code\":\"35.72\",\"name\":\"KOTA BLITAR\",\"level\":\"KOTA\",\"autonomous\":true,"
            + "\"disadvantaged\":false,\"border\":false,\"colour\":\"red\"},\n"
            + "{\"code\":\"3572\",\"name\":\"X\",\"level\":\"DESA\",\"autonomous\":\"yes\",\"border\":false}]}";
    assertThatThrownBy(() -> json.readString(text, JsonKind.REGIONS))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.code() + " " + p.location().path() + " " + p.location().line().orElse(0))
                    .containsExactly(
                        "UNKNOWN_FIELD /regions/0/colour 2",
                        "INVALID_VALUE /regions/1/code 3",
                        "UNKNOWN_CODE /regions/1/level 3",
                        "WRONG_TYPE /regions/1/autonomous 3",
                        "MISSING_FIELD /regions/1 3"));
  }

  @Test
  void stream_truncatedDocument_passesOnTheGoodRecordsAndReportsIncomplete() throws Exception {
    String text = json.writeString(JsonKind.REGIONS, List.of(BLITAR, BLITAR));
    byte[] cut = text.substring(0, text.lastIndexOf("\"KOTA BLITAR\"")).getBytes(StandardCharsets.UTF_8);
    List<Region> seen = new ArrayList<>();
    ReadReport report =
        json.stream(new ByteArrayInputStream(cut), "cut.json", JsonKind.REGIONS, seen::add);
    assertThat(report.isComplete()).isFalse();
    assertThat(seen).containsExactly(BLITAR);
    assertThat(report.problems()).as(report.problems().toString()).extracting(Problem::code).containsExactly("TRUNCATED");
  }
}
