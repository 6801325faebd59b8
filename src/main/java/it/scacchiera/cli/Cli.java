package it.scacchiera.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: one picocli subcommand per verb of SPEC §5. Exit 2 on bad input or usage. */
@Command(
        name = "scacchiera",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "Plans call-centre rooms with distancing, shifts, services and smart working.",
        subcommands = {
            CapacityCommand.class,
            SolveCommand.class,
            VerifyCommand.class,
            SheetCommand.class,
            ReportCommand.class,
            ContactsCommand.class,
            PlansCommand.class,
            BenchCommand.class
        })
public final class Cli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs a verb and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        var commandLine = new CommandLine(new Cli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            line.getErr().println(describe(exception));
            return ExitCodes.BAD_INPUT;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // input too big for this machine's memory is bad input, never a crash nor exit 1 (hard broken)
            err.println("out of memory: the input is too large to process (" + e.getMessage()
                    + "); give Java more memory with -Xmx or split the input");
            err.flush();
            return ExitCodes.BAD_INPUT;
        } catch (StackOverflowError e) {
            err.println("the input is too deeply nested or too long to process; split it");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
    }

    /** Bad input names its file, line and column; a missing file names its path. */
    static String describe(Exception exception) {
        if (exception instanceof it.scacchiera.input.InputException) {
            return exception.getMessage();
        }
        if (exception instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        if (exception instanceof java.nio.file.NotDirectoryException notFolder) {
            return notFolder.getFile() + ": not a folder";
        }
        if (exception instanceof java.io.IOException) {
            return "cannot read or write: " + exception.getMessage();
        }
        return exception.getMessage() == null ? exception.toString() : exception.getMessage();
    }

    /** {@code --version}: the version the build wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {it.scacchiera.BuildInfo.read().title()};
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a verb is required");
    }
}
