package io.github.inovasi.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.InovasiException;
import io.github.inovasi.scoring.iid.IidEdition;
import io.github.inovasi.scoring.iid.IidPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ScoringPoliciesTest {
  private static final String SERVICE = "io.github.inovasi.scoring.spi.ScoringPolicyProvider";

  @Test
  void standard_listsBuiltInsFirstThenDiscovered() {
    assertThat(ScoringPolicies.standard().ids())
        .startsWith("iid-2023", "iid-2026", "iid-2027")
        .contains(TestOnlyPolicyProvider.ID);
  }

  @Test
  void of_knownId_returnsThePolicy() {
    ScoringPolicy policy = ScoringPolicies.standard().of("iid-2026");

    assertThat(policy).isInstanceOf(IidPolicy.class);
    assertThat(policy.id()).isEqualTo("iid-2026");
    assertThat(policy.description()).contains("2026");
  }

  @Test
  void of_unknownId_namesItAndListsTheAvailable() {
    assertThatThrownBy(() -> ScoringPolicies.standard().of("iid-2030"))
        .isInstanceOf(UnknownPolicyException.class)
        .hasMessageContaining("'iid-2030'")
        .hasMessageContaining("iid-2023, iid-2026, iid-2027")
        .satisfies(e -> assertThat(((UnknownPolicyException) e).available()).contains("iid-2026"));
  }

  @Test
  void from_duplicateId_throws() {
    IidPolicy policy = IidPolicy.of(IidEdition.bundled("iid-2026"));

    assertThatThrownBy(() -> ScoringPolicies.from(List.of(policy, policy)))
        .isInstanceOf(InovasiException.class)
        .hasMessageContaining("Duplicate scoring policy id 'iid-2026'");
    assertThatThrownBy(() -> ScoringPolicies.standard().plus(policy))
        .hasMessageContaining("iid-2026");
  }

  @Test
  void load_providerReusingABuiltInId_throws(@TempDir Path dir) throws IOException {
    try (URLClassLoader loader = loaderListing(dir, DuplicateIdProvider.class.getName())) {
      assertThatThrownBy(() -> ScoringPolicies.load(loader))
          .isInstanceOf(InovasiException.class)
          .hasMessageContaining("Duplicate scoring policy id 'iid-2026'");
    }
  }

  @Test
  void load_brokenProviderDeclaration_isNotSwallowed(@TempDir Path dir) throws IOException {
    try (URLClassLoader loader = loaderListing(dir, "com.example.NoSuchProvider")) {
      assertThatThrownBy(() -> ScoringPolicies.load(loader))
          .isInstanceOf(InovasiException.class)
          .hasMessageContaining("com.example.NoSuchProvider")
          .hasCauseInstanceOf(ServiceConfigurationError.class);
    }
  }

  @Test
  void load_perClassLoader_givesIndependentRegistries(@TempDir Path dir) throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      // A loader that sees no provider declarations still has the built-ins.
      assertThat(ScoringPolicies.load(loader).ids()).containsExactly("iid-2023", "iid-2026", "iid-2027");
    }
  }

  @Test
  void providers_areDeclaredAlikeInModuleInfoAndMetaInfServices() throws IOException {
    Path classes = Path.of(pathOf(ScoringPolicies.class));
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    Set<String> declared = descriptor.provides().stream()
        .filter(p -> p.service().equals(SERVICE))
        .flatMap(p -> p.providers().stream())
        .collect(Collectors.toSet());
    Set<String> listed = Files.readAllLines(classes.resolve("META-INF/services/" + SERVICE)).stream()
        .map(String::trim)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .collect(Collectors.toSet());

    assertThat(listed).isNotEmpty().isEqualTo(declared);
    assertThat(descriptor.uses()).contains(SERVICE);
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .contains("io.github.inovasi.scoring", "io.github.inovasi.scoring.iid", "io.github.inovasi.scoring.spi")
        .doesNotContain("io.github.inovasi.scoring.internal");
  }

  private static String pathOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private static URLClassLoader loaderListing(Path dir, String provider) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(SERVICE), provider + "\n", StandardCharsets.UTF_8);
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, ScoringPoliciesTest.class.getClassLoader());
  }
}
