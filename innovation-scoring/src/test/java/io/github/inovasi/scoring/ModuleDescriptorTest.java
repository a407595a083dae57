package io.github.inovasi.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module's promise: the API packages by role are exported, the internal ones are not. */
final class ModuleDescriptorTest {
  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exports_theApiPackagesByRole() throws IOException {
    ModuleDescriptor module = descriptor();
    assertThat(module.name()).isEqualTo("io.github.inovasi.scoring");
    assertThat(module.exports())
        .allMatch(e -> !e.isQualified())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder(
            "io.github.inovasi.scoring",
            "io.github.inovasi.scoring.composite",
            "io.github.inovasi.scoring.composite.analysis",
            "io.github.inovasi.scoring.composite.sensitivity",
            "io.github.inovasi.scoring.iga",
            "io.github.inovasi.scoring.iid",
            "io.github.inovasi.scoring.kipp",
            "io.github.inovasi.scoring.rubric",
            "io.github.inovasi.scoring.spi");
    assertThat(Path.of("target", "classes", "io", "github", "inovasi", "scoring", "composite",
        "internal")).isDirectory();
    assertThat(module.opens()).isEmpty();
  }
}
