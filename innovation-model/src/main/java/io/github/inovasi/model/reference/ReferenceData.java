package io.github.inovasi.model.reference;

/** Placeholder until the region directory lands. */
final class ReferenceData {
  private ReferenceData() {}
}
