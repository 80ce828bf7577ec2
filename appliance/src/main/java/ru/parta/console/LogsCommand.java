package ru.parta.console;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.RecentLog;

/** {@code logs [tail [N]] | logs follow}: the newest lines of the log, or each new line as it comes until Ctrl-C. */
@Singleton
class LogsCommand implements ConsoleCommand {

    private static final int DEFAULT_LINES = 50;

    private final Permissions permissions;

    LogsCommand(Permissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public String name() {
        return "logs";
    }

    @Override
    public List<String> subcommands() {
        return List.of("tail", "follow");
    }

    @Override
    public int run(Invocation in) throws Exception {
        permissions.requireAnyRole(in.actor(), Role.ADMIN);
        List<String> words = in.words();
        String mode = words.isEmpty() ? "tail" : words.getFirst();
        switch (mode) {
            case "tail" -> RecentLog.last(count(words)).forEach(in::line);
            case "follow" -> follow(in);
            default -> throw new Invocation.UsageException();
        }
        return ConsoleCommands.OK;
    }

    private static int count(List<String> words) {
        if (words.size() < 2) {
            return DEFAULT_LINES;
        }
        try {
            int count = Integer.parseInt(words.get(1));
            if (count < 1 || count > 2000) {
                throw new Invocation.UsageException();
            }
            return count;
        } catch (NumberFormatException e) {
            throw new Invocation.UsageException();
        }
    }

    /** Runs until the session interrupts it (Ctrl-C, the connection closing). */
    private static void follow(Invocation in) throws Exception {
        LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>(10_000);
        in.say("console.logs.following");
        try (AutoCloseable following = RecentLog.follow(queue::offer)) {
            while (!Thread.currentThread().isInterrupted()) {
                in.line(queue.take());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
