package io.github.inovasi.examples.cli;

import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Problem;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code inovasi} command line. Each capability adds its subcommand to the
 * {@code subcommands} list below.
 *
 * <pre>
 * java -jar examples/target/inovasi.jar demo
 * java -jar examples/target/inovasi.jar regions --province 53 --category tertinggal
 * </pre>
 *
 * <p>Errors print one clear message (and every problem of invalid input) on standard error,
 * never a stack trace: exit code 1 for bad input, 2 for a usage error, 70 for an internal
 * error.
 */
@Command(
    name = "inovasi",
    mixinStandardHelpOptions = true,
    versionProvider = InovasiCommand.Version.class,
    description = "Innovation data of Indonesian regional governments (pemda): the region list, "
        + "IID scoring and the data formats.",
    subcommands = {
        CommandLine.HelpCommand.class,
        DemoCommand.class,
        RegionsCommand.class,
        ValidateCommand.class,
        ConvertCommand.class,
        CoinCommand.class,
        ScoreCommand.class,
        ExplainCommand.class,
        RankCommand.class,
        PlanCommand.class,
        TrendCommand.class,
        EditionsCommand.class,
        KippCommand.class,
        CoverageCommand.class,
        TemplateCommand.class,
        ReportCommand.class,
        PoliciesCommand.class,
    })
public final class InovasiCommand implements Runnable {
  /** Exit code of an unexpected internal failure (EX_SOFTWARE). */
  static final int INTERNAL_ERROR = 70;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Prints the usage when no subcommand is given. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /**
   * Returns the configured command line: case-insensitive enum values and errors reported as
   * messages rather than stack traces.
   *
   * @return a new command line
   */
  public static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new InovasiCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(InovasiCommand::report);
    return commandLine;
  }

  private static int report(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof InvalidInputException) {
      InvalidInputException invalid = (InvalidInputException) e;
      err.println("inovasi: " + invalid.getMessage().lines().findFirst().orElse("invalid input"));
      for (Problem problem : invalid.problems()) {
        err.println("  " + problem.severity() + " " + problem.code() + " " + problem.describe(Locale.ENGLISH));
      }
      return 1;
    }
    if (e instanceof InovasiException) {
      err.println("inovasi: " + e.getMessage());
      return 1;
    }
    err.println("inovasi: internal error: " + e);
    err.println("Please report this with the command you ran.");
    return INTERNAL_ERROR;
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = InovasiCommand.class.getPackage().getImplementationVersion();
      return new String[] {"inovasi " + (version == null ? "(development build)" : version)};
    }
  }
}
