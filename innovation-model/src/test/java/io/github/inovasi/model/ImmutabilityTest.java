package io.github.inovasi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public type of the model's API is immutable: an enum, a record, a stateless
 * interface, a final class with final fields, or a hand-written abstract value whose hidden
 * generated implementation has only final fields of immutable types. Builders are the one
 * mutable exception, and they are final with hidden constructors.
 */
final class ImmutabilityTest {
  private static final Path CLASSES = Path.of("target", "classes");
  private static final Set<Class<?>> IMMUTABLE_LEAVES = Set.of(String.class, BigDecimal.class,
      LocalDate.class, URI.class, Optional.class, OptionalInt.class, Boolean.class, Integer.class);

  static Stream<Class<?>> publicTypes() throws IOException {
    try (Stream<Path> files = Files.walk(CLASSES.resolve("io/github/inovasi/model"))) {
      List<Class<?>> types = files
          .filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("package-info.class"))
          .map(ImmutabilityTest::load)
          .filter(c -> Modifier.isPublic(c.getModifiers()))
          .filter(c -> !c.getPackageName().endsWith(".internal"))
          .filter(c -> !c.getSimpleName().equals("Builder"))
          .collect(Collectors.toList());
      return types.stream();
    }
  }

  @Test
  void scan_findsTheApi() throws IOException {
    assertThat(publicTypes().map(Class::getSimpleName))
        .contains("Region", "Innovation", "Assessment", "Answer", "Indicator", "GovernmentAffair",
            "RegionDirectory", "AssessmentValidator", "Coordinates", "RegionCode");
  }

  @ParameterizedTest
  @MethodSource("publicTypes")
  void publicType_isImmutable(Class<?> type) {
    assertThat(setters(type)).as("setters of %s", type).isEmpty();
    if (type.isEnum() || type.isRecord()) {
      assertFinalFields(type);
    } else if (type.isInterface()) {
      assertThat(type.getDeclaredFields()).as("state in interface %s", type).allMatch(f -> Modifier.isStatic(f.getModifiers()));
    } else if (Throwable.class.isAssignableFrom(type)) {
      assertFinalFields(type);
    } else if (Modifier.isAbstract(type.getModifiers())) {
      assertThat(type.getDeclaredConstructors()).as("constructors of %s", type)
          .allMatch(c -> !Modifier.isPublic(c.getModifiers()) && !Modifier.isProtected(c.getModifiers()));
      assertFinalFields(type);
      Class<?> generated = load(type.getPackageName() + ".Immutable" + type.getSimpleName());
      assertThat(Modifier.isPublic(generated.getModifiers())).as("%s is hidden", generated).isFalse();
      assertThat(Modifier.isFinal(generated.getModifiers())).as("%s is final", generated).isTrue();
      assertGeneratedFieldsImmutable(generated);
      for (Class<?> nested : type.getDeclaredClasses()) {
        if (nested.getSimpleName().equals("Builder")) {
          assertThat(Modifier.isFinal(nested.getModifiers())).as("%s is final", nested).isTrue();
          assertThat(nested.getDeclaredConstructors()).as("constructors of %s", nested)
              .allMatch(c -> !Modifier.isPublic(c.getModifiers()));
        }
      }
    } else {
      assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type).isTrue();
      assertThat(type.getConstructors()).as("public constructors of %s", type).isEmpty();
      assertFinalFields(type);
    }
  }

  private static void assertFinalFields(Class<?> type) {
    for (Field field : type.getDeclaredFields()) {
      assertThat(Modifier.isFinal(field.getModifiers())).as("%s is final", field).isTrue();
    }
  }

  /** Generated fields are final, except Immutables' transient initialisation helper. */
  private static void assertGeneratedFieldsImmutable(Class<?> generated) {
    for (Field field : generated.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
        continue;
      }
      assertThat(Modifier.isFinal(modifiers)).as("%s is final", field).isTrue();
      Class<?> t = field.getType();
      boolean immutableType = t.isPrimitive() || t.isEnum() || t.isRecord() || IMMUTABLE_LEAVES.contains(t)
          || t.getName().startsWith("com.google.common.collect.Immutable")
          || t.getPackageName().startsWith("io.github.inovasi.model");
      assertThat(immutableType).as("%s has an immutable type", field).isTrue();
    }
  }

  private static List<Method> setters(Class<?> type) {
    return Stream.of(type.getMethods())
        .filter(m -> m.getName().startsWith("set") && m.getParameterCount() == 1)
        .filter(m -> !Throwable.class.isAssignableFrom(m.getDeclaringClass()))
        .collect(Collectors.toList());
  }

  private static Class<?> load(Path file) {
    String name = CLASSES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
    return load(name.substring(0, name.length() - ".class".length()));
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ImmutabilityTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("cannot load " + name, e);
    }
  }
}
