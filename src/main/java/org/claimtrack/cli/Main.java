package org.claimtrack.cli;

import java.util.Set;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The packaged app's entry point ({@code java -jar quarkus-run.jar}): without arguments it is the web app;
 * with a command ({@code extract}, {@code score}, {@code bench}, {@code import}, {@code reset-password},
 * {@code --help}) it is the command line, which needs no Quarkus start and no Maven.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        if (args.length > 0 && isCommand(args[0])) {
            ClaimtrackCli.main(args);
            return;
        }
        Quarkus.run(args);
    }

    static boolean isCommand(String first) {
        return Set.of("-h", "--help", "-V", "--version").contains(first)
                || ClaimtrackCli.commandLine().getSubcommands().containsKey(first);
    }
}
