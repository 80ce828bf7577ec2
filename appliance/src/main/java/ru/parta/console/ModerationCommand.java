package ru.parta.console;

import jakarta.inject.Singleton;
import java.util.List;
import ru.parta.moderation.ModerationQueue;
import ru.parta.moderation.ModerationService;
import ru.parta.moderation.QueueItem;

/** {@code moderation summary | verify}: the queue at a glance, and the log's hash chain checked. */
@Singleton
class ModerationCommand implements ConsoleCommand {

    private final ModerationQueue queue;
    private final ModerationService moderation;
    private final ConsoleTimes times;

    ModerationCommand(ModerationQueue queue, ModerationService moderation, ConsoleTimes times) {
        this.queue = queue;
        this.moderation = moderation;
        this.times = times;
    }

    @Override
    public String name() {
        return "moderation";
    }

    @Override
    public List<String> subcommands() {
        return List.of("summary", "verify");
    }

    @Override
    public int run(Invocation in) {
        switch (in.word(0)) {
            case "summary" -> {
                List<QueueItem> items = queue.findQueue(in.who().accountId());
                long escalated = items.stream().filter(QueueItem::escalated).count();
                in.say("console.moderation.waiting", items.size(), escalated);
                items.stream().map(QueueItem::waitingSince).min(java.util.Comparator.naturalOrder())
                        .ifPresent(oldest -> in.say("console.moderation.oldest", times.format(oldest)));
            }
            case "verify" -> {
                long broken = moderation.checkLogChain(in.actor());
                if (broken == -1) {
                    in.say("console.moderation.chainHolds", moderation.findLogHeadHash(in.actor()));
                } else {
                    in.say(broken == 0 ? "console.moderation.chainCut" : "console.moderation.chainBroken", broken);
                    return ConsoleCommands.FAILED;
                }
            }
            default -> throw new Invocation.UsageException();
        }
        return ConsoleCommands.OK;
    }
}
