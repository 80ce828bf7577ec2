package ru.parta.console;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/** {@code help} lists the commands; {@code help <command>} shows how to use one. */
@Singleton
class HelpCommand implements ConsoleCommand {

    private final Provider<ConsoleCommands> commands;

    HelpCommand(Provider<ConsoleCommands> commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public int run(Invocation in) {
        if (!in.words().isEmpty()) {
            ConsoleCommand command = commands.get().find(in.word(0)).orElseThrow(Invocation.UsageException::new);
            in.line(in.text("console." + command.name() + ".summary"));
            in.line(in.text("console.usage", in.text("console." + command.name() + ".usage")));
            return ConsoleCommands.OK;
        }
        in.say("console.help.intro");
        for (ConsoleCommand command : commands.get().all()) {
            in.line(String.format("  %-12s %s", command.name(), in.text("console." + command.name() + ".summary")));
        }
        in.say("console.help.outro");
        return ConsoleCommands.OK;
    }
}
