package io.github.inovasi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class RegionsCommandTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "regions                                      | 552 of 552 regions",
    "regions --level provinsi                     | 38 of 552 regions",
    "regions --level KABUPATEN                    | 416 of 552 regions",
    "regions --level kota                         | 98 of 552 regions",
    "regions --category autonomous                | 546 of 552 regions",
    "regions --category otonom                    | 546 of 552 regions",
    "regions --category administrative            | 6 of 552 regions",
    "regions --category tertinggal                | 62 of 552 regions",
    "regions --category perbatasan                | 38 of 552 regions",
    "regions --province 53 --category tertinggal  | 13 of 552 regions",
    "regions --group II --level provinsi          | 6 of 552 regions",
  })
  void regions_filters_countAsPublished(String args, String footer) {
    CommandRun run = CommandRun.of(args.trim().split("\\s+"));
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains(footer);
  }

  @Test
  void regions_printsATableWithFlags() {
    CommandRun run = CommandRun.of("regions", "--province", "nusa tenggara timur");
    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .contains("Code   Name")
        .containsPattern("53\\.14 +KABUPATEN ROTE NDAO +Kabupaten +IV +T")
        .contains("23 of 552 regions")
        .contains("Open Database License");
  }

  @Test
  void regions_border_saysTheListIsIncomplete() {
    CommandRun run = CommandRun.of("regions", "--category", "border");
    assertThat(run.out).contains("incomplete").contains("38 of an official 54");
  }

  @Test
  void regions_unknownCategory_isAUsageErrorWithAClearMessage() {
    CommandRun run = CommandRun.of("regions", "--category", "pesisir");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("'pesisir' is not a category").doesNotContain("Exception");
  }

  @Test
  void regions_unknownProvince_isAUsageErrorWithAClearMessage() {
    CommandRun run = CommandRun.of("regions", "--province", "99");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("Unknown province '99'").doesNotContain("\tat ");
  }

  @Test
  void noSubcommand_printsUsage() {
    CommandRun run = CommandRun.of();
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("Usage: inovasi").contains("demo").contains("regions");
  }
}
