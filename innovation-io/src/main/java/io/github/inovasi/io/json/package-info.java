/**
 * Inovasi's JSON: {@link io.github.inovasi.io.json.InovasiModule}, a Jackson module for every
 * Inovasi value, and {@link io.github.inovasi.io.json.InovasiJson}, which reads and writes the
 * versioned documents ({@code {"formatVersion": 1, "kind": ...}}) strictly and in a stream.
 * {@link io.github.inovasi.io.json.JsonKind} names the kinds of document. The format is
 * described in {@code docs/json-format.md}; JSON Schema files (draft 2020-12) for every kind ship
 * in this package's resources as {@code schema/<kind>.schema.json}.
 */
package io.github.inovasi.io.json;
