package io.github.inovasi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

final class InovasiCommandTest {

  @Command(name = "bad-input")
  static final class BadInput implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new InvalidInputException("laporan.json has 1 problem", List.of(Problem.error(
          "TRIAL_AFTER_IMPLEMENTATION", Location.ofPath("innovations[3].innovation.trialDate"),
          Label.of("Tanggal uji coba sesudah tanggal penerapan", "The trial date is after the implementation date"))));
    }
  }

  @Command(name = "bug")
  static final class Bug implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("unexpected state");
    }
  }

  @Test
  void invalidInput_printsEveryProblem_exitsOne_withoutStackTrace() {
    StringWriter err = new StringWriter();
    int code = run(err, "bad-input");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("inovasi: laporan.json has 1 problem")
        .contains("ERROR TRIAL_AFTER_IMPLEMENTATION innovations[3].innovation.trialDate")
        .doesNotContain("\tat ");
  }

  @Test
  void internalError_printsAMessage_exits70_withoutStackTrace() {
    StringWriter err = new StringWriter();
    int code = run(err, "bug");
    assertThat(code).isEqualTo(InovasiCommand.INTERNAL_ERROR);
    assertThat(err.toString()).contains("internal error").contains("unexpected state").doesNotContain("\tat ");
  }

  @Test
  void version_isPrinted() {
    CommandRun run = CommandRun.of("--version");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("inovasi ");
  }

  private static int run(StringWriter err, String command) {
    CommandLine commandLine = InovasiCommand.newCommandLine();
    commandLine.addSubcommand(new BadInput());
    commandLine.addSubcommand(new Bug());
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setOut(new PrintWriter(new StringWriter(), true));
    return commandLine.execute(command);
  }
}
