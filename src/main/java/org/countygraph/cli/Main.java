package org.countygraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code countygraph} command line: {@code build}, {@code add}, {@code remove}, {@code extract},
 * {@code serve}, {@code query}, {@code eval}, {@code validate}, {@code diagram}, {@code export}, {@code bench},
 * {@code ner}, {@code ner-train}, {@code load}. Errors go to stderr with a non-zero exit code.
 */
@Command(name = "countygraph", mixinStandardHelpOptions = true, version = "countygraph 0.1.0",
        description = "Chinese regional-development news to a knowledge graph with a SPARQL endpoint.",
        subcommands = {BuildCommand.class, AddCommand.class, RemoveCommand.class, ExtractCommand.class, ServeCommand.class,
                QueryCommand.class, EvalCommand.class, ValidateCommand.class, DiagramCommand.class, ExportCommand.class, BenchCommand.class,
                NerCommand.class, NerTrainCommand.class, LoadCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("countygraph: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl.execute(args);
    }
}
