package io.github.inovasi.examples.cli;

import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.scoring.iid.IidEdition;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inovasi template daftar.xlsx}: writes the fill-in workbook of an edition (register
 * and answers sheets with drop-down lists, every indicator with its criteria, bilingual
 * instructions), which {@code validate} and {@code score} then read as it is.
 */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = {
      "Write a fill-in workbook (.xlsx) for an IID edition: instructions in Indonesian and"
          + " English, the register sheet (Daftar) and the answers sheet (Jawaban) with drop-down"
          + " lists for coded columns, every indicator with its level criteria and the evidence"
          + " expected (Indikator), and the code lists (Kode).",
      "Once filled, 'inovasi validate' and 'inovasi score' read the workbook as it is."
    },
    footer = {"", "Examples:", "  inovasi template --edition iid-2026 daftar.xlsx",
        "  inovasi validate daftar.xlsx && inovasi score daftar.xlsx"})
public final class TemplateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUTPUT.xlsx", description = "The workbook to write.")
  Path output;

  @Option(names = "--edition", paramLabel = "ID", description = "The edition (default: the current one).")
  String edition;

  @Option(names = "--force", description = "Replace an existing file.")
  boolean force;

  @Override
  public Integer call() {
    String id = edition != null ? edition : ScoringInput.currentEdition(spec.commandLine().getErr());
    IidEdition chosen = IidEdition.bundled(id);
    OutputFiles outputs = OutputFiles.of(List.of(), force);
    outputs.check(output, OutputFiles.Format.XLSX);
    outputs.write(output, out -> InovasiTables.create().writeTemplate(out, chosen, List.of(), List.of()));
    spec.commandLine().getOut().println("wrote " + output + " (" + chosen.id() + ", "
        + (chosen.spdIndicators().size() + chosen.sidIndicators().size()) + " indicators)");
    return 0;
  }
}
