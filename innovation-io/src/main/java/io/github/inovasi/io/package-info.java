/**
 * What every Inovasi reader and writer shares: {@link io.github.inovasi.io.ReadLimits} against
 * hostile input, {@link io.github.inovasi.io.ReadReport} for streaming reads and validation, and
 * {@link io.github.inovasi.io.RecordWriter} for writing record by record. The formats live in
 * the sub-packages: {@code json} (Jackson module and versioned documents), {@code table} (CSV
 * and .xlsx registers), {@code sample} (a realistic national data set).
 */
package io.github.inovasi.io;
