/**
 * Inovasi's domain model: immutable values for Indonesian regional-government innovation.
 *
 * <p>Exports the value types ({@code io.github.inovasi.model}), the bundled reference data
 * ({@code io.github.inovasi.model.reference}) and the assessment validator
 * ({@code io.github.inovasi.model.validation}). The shared Immutables style lives in a package
 * exported only to Inovasi's own modules.
 */
module io.github.inovasi.model {
  requires transitive com.google.common;
  // The Immutables annotations on the public value types are read at compile time only.
  requires static transitive org.immutables.value.annotations;
  // Read by the annotations on generated code (@Generated, @CanIgnoreReturnValue) only.
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  // @NullMarked packages: everything not marked @Nullable is non-null.
  requires static transitive org.jspecify;

  exports io.github.inovasi.model;
  exports io.github.inovasi.model.reference;
  exports io.github.inovasi.model.validation;
  exports io.github.inovasi.model.internal to
      io.github.inovasi.scoring,
      io.github.inovasi.io;
}
