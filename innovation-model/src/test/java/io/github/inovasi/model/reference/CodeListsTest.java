package io.github.inovasi.model.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.CodedValue;
import io.github.inovasi.model.InovasiException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class CodeListsTest {

  @Test
  void codeLists_lookUpByNameAndCode() {
    assertThat(CodeLists.names()).contains("tahapan", "bentuk", "inisiator", "tematik", "urusan",
        "jenis", "jenis-bukti", "jenis-perangkat-daerah");
    assertThat(CodeLists.list("tahapan")).hasSize(3);
    assertThat(CodeLists.find("urusan", "kesehatan")).isPresent();
    assertThat(CodeLists.find("urusan", "ASTRONOMI")).isEmpty();
    assertThatThrownBy(() -> CodeLists.list("warna"))
        .isInstanceOf(InovasiException.class)
        .hasMessageContaining("tahapan");
  }

  @Test
  void everyList_hasUniqueCodesAndBilingualLabels() {
    for (String name : CodeLists.names()) {
      assertThat(CodeLists.list(name).stream().map(CodedValue::code).collect(Collectors.toSet()))
          .as(name).hasSameSizeAs(CodeLists.list(name));
      assertThat(CodeLists.list(name)).allSatisfy(e -> {
        assertThat(e.code()).matches("[A-Z][A-Z0-9_]*");
        assertThat(e.label().indonesian()).isNotBlank();
        assertThat(e.label().english()).isNotBlank();
      });
    }
  }
}
