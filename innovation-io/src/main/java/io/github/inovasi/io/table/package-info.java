/**
 * Tables people keep in spreadsheets, as CSV or .xlsx:
 * {@link io.github.inovasi.io.table.InovasiTables} reads and writes the innovation register
 * ({@link io.github.inovasi.io.table.RegisterEntry}) and answers in long form
 * ({@link io.github.inovasi.io.table.AnswerEntry}), strictly, in a stream, with Indonesian or
 * English headers. The columns are listed in {@code docs/tables.md}.
 */
package io.github.inovasi.io.table;
