package ru.parta.console;

import java.util.List;

/**
 * A console command: {@code name} as typed, a one-line summary and usage from the bundles
 * ({@code console.<name>.summary}, {@code console.<name>.usage}), the words completion offers
 * after it, and the work, returning the exit code (0 done, 1 refused or failed, 2 wrong words).
 */
interface ConsoleCommand {

    String name();

    default List<String> subcommands() {
        return List.of();
    }

    int run(Invocation invocation) throws Exception;
}
