package io.github.inovasi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Region;
import io.github.inovasi.scoring.ScoringPolicies;
import io.github.inovasi.scoring.ScoringPolicy;
import io.github.inovasi.scoring.ScoredUnit;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example third-party provider in {@code examples/provider}, compiled as a module of its own,
 * is found by the registry on the module path (through its {@code module-info} {@code provides})
 * and on the class path (through {@code META-INF/services}).
 */
final class ThirdPartyProviderTest {
  private static final Path PROVIDER = Path.of("provider/src/main");
  private static final String ID = "example-provinsi-proposal";

  @TempDir static Path out;
  static List<Path> libraries;

  @BeforeAll
  static void compileTheProvider() throws IOException {
    // The library's modules and what they require, including annotations required statically.
    Stream<Class<?>> required = Stream.of(ScoringPolicy.class, Region.class, ImmutableList.class, JsonFactory.class);
    Stream<Class<?>> alsoRequired = Stream.of("com.google.common.util.concurrent.internal.InternalFutureFailureAccess",
            "org.immutables.value.Value", "org.jspecify.annotations.NullMarked")
        .map(ThirdPartyProviderTest::classNamed).flatMap(java.util.Optional::stream);
    libraries = Stream.concat(required, alsoRequired).map(ThirdPartyProviderTest::location).distinct()
        .collect(Collectors.toList());
    List<String> sources;
    try (Stream<Path> files = Files.walk(PROVIDER.resolve("java"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
    }
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--release", "17", "--module-path",
        libraries.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator))));
    args.addAll(sources);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac exit code").isZero();
    try (Stream<Path> files = Files.walk(PROVIDER.resolve("resources"))) {
      for (Path p : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        Path target = out.resolve(PROVIDER.resolve("resources").relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target);
      }
    }
  }

  @Test
  void modulePath_registryFindsTheProvidersPolicy() throws Exception {
    List<Path> path = new ArrayList<>(libraries);
    path.add(out);
    Configuration cf = ModuleLayer.boot().configuration().resolveAndBind(
        ModuleFinder.of(path.toArray(Path[]::new)), ModuleFinder.of(), Set.of("com.example.inovasi.provider"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    Module provider = layer.findModule("com.example.inovasi.provider").orElseThrow();

    assertThat(provider.getDescriptor().isAutomatic()).isFalse();
    assertThat(provider.getDescriptor().provides()).anySatisfy(p ->
        assertThat(p.service()).isEqualTo("io.github.inovasi.scoring.spi.ScoringPolicyProvider"));
    ClassLoader loader = layer.findLoader("io.github.inovasi.scoring");
    Class<?> registry = loader.loadClass("io.github.inovasi.scoring.ScoringPolicies");
    assertThat(registry.getModule().isNamed()).isTrue();
    Object policies = registry.getMethod("load", ClassLoader.class).invoke(null, layer.findLoader("com.example.inovasi.provider"));
    List<Object> ids = new ArrayList<>((List<?>) registry.getMethod("ids").invoke(policies));
    assertThat(ids).contains("iid-2026", "example-lomba-inovasi-opd", ID);
    Object policy = registry.getMethod("of", String.class).invoke(policies, ID);
    assertThat(policy.getClass().getMethod("unit").invoke(policy).toString()).isEqualTo("PROPOSAL");
  }

  @Test
  void classPath_registryFindsTheProvidersPolicy() throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
      ScoringPolicies registry = ScoringPolicies.load(loader);
      assertThat(registry.ids()).contains(ID);
      assertThat(registry.of(ID).unit()).isEqualTo(ScoredUnit.PROPOSAL);
    }
  }

  private static java.util.Optional<Class<?>> classNamed(String name) {
    try {
      return java.util.Optional.of(Class.forName(name));
    } catch (ClassNotFoundException e) {
      return java.util.Optional.empty();
    }
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
