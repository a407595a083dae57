package io.github.inovasi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module's promises: what it exports, and that both provider declarations agree. */
final class ModuleDescriptorTest {
  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exports_onlyTheApiPackages() throws IOException {
    assertThat(descriptor().exports())
        .allMatch(e -> !e.isQualified())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder(
            "io.github.inovasi.io", "io.github.inovasi.io.coin", "io.github.inovasi.io.json",
            "io.github.inovasi.io.table");
  }

  @Test
  void provides_agreeWithMetaInfServices() throws IOException {
    ModuleDescriptor module = descriptor();
    for (ModuleDescriptor.Provides provides : module.provides()) {
      Path services = Path.of("src/main/resources/META-INF/services", provides.service());
      List<String> declared =
          Files.readAllLines(services, StandardCharsets.UTF_8).stream()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .collect(Collectors.toList());
      assertThat(declared).as(provides.service()).containsExactlyInAnyOrderElementsOf(provides.providers());
    }
    assertThat(module.provides())
        .extracting(ModuleDescriptor.Provides::service)
        .containsExactly("com.fasterxml.jackson.databind.Module");
    assertThat(module.opens()).isEmpty();
  }
}
