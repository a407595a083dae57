package io.github.inovasi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module's promise: exactly these packages are exported, and nothing is opened. */
final class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exports_areExactlyTheApiPackages() throws IOException {
    ModuleDescriptor module = descriptor();
    assertThat(module.name()).isEqualTo("io.github.inovasi.model");
    Map<String, Set<String>> exports = module.exports().stream()
        .collect(Collectors.toMap(Exports::source, Exports::targets));
    assertThat(exports).isEqualTo(Map.of(
        "io.github.inovasi.model", Set.of(),
        "io.github.inovasi.model.reference", Set.of(),
        "io.github.inovasi.model.validation", Set.of(),
        "io.github.inovasi.model.internal", Set.of("io.github.inovasi.scoring", "io.github.inovasi.io")));
  }

  @Test
  void nothingIsOpened_usedOrProvided() throws IOException {
    ModuleDescriptor module = descriptor();
    assertThat(module.opens()).isEmpty();
    assertThat(module.isOpen()).isFalse();
    assertThat(module.uses()).isEmpty();
    assertThat(module.provides()).isEmpty();
  }

  @Test
  void requires_guavaTransitively_andImmutablesOnlyAtCompileTime() throws IOException {
    Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires = descriptor().requires().stream()
        .collect(Collectors.toMap(ModuleDescriptor.Requires::name, ModuleDescriptor.Requires::modifiers));
    assertThat(requires.get("com.google.common")).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    assertThat(requires.get("org.immutables.value.annotations")).contains(ModuleDescriptor.Requires.Modifier.STATIC);
    assertThat(requires.keySet()).noneMatch(name -> name.startsWith("com.fasterxml"));
  }
}
