package io.github.inovasi.examples.cli;

import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.io.table.TableFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --out FILE}: results a person can hand on (breakdowns, rankings) written as CSV or
 * .xlsx through {@link OutputFiles}, checked before any work is done.
 */
final class ResultOutput {
  @Option(names = "--out", paramLabel = "FILE",
      description = "Also write the results as a table a person can hand on (.csv or .xlsx).")
  Path file;

  @Option(names = "--force", description = "Replace an existing --out file (never an input).")
  boolean force;

  /** Writes records with a writer made for the file's format. */
  interface Writers<T> {
    RecordWriter<T> open(InovasiTables tables, OutputStream out, TableFormat format) throws IOException;
  }

  /** Checks the target against the inputs; returns whether there is one. */
  boolean check(List<Path> inputs) {
    if (file != null) {
      OutputFiles.of(inputs, force).check(file, OutputFiles.Format.CSV, OutputFiles.Format.XLSX);
    }
    return file != null;
  }

  /** Writes the records, atomically; says where on {@code err}. */
  <T> void write(List<Path> inputs, Iterable<? extends T> records, Writers<T> writers, java.io.PrintWriter err) {
    TableFormat format = TableFormat.of(file).orElseThrow();
    OutputFiles.of(inputs, force).write(file, out -> {
      RecordWriter<T> w = writers.open(InovasiTables.create(), out, format);
      for (T record : records) {
        w.write(record);
      }
      w.close();
    });
    err.println("wrote " + file);
  }
}
