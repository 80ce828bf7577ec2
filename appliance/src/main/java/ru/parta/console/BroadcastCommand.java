package ru.parta.console;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import ru.parta.broadcast.AlertKind;
import ru.parta.broadcast.EmergencyService;

/**
 * {@code broadcast alert <kind> <text> | broadcast clear | broadcast show}: the emergency alert on
 * every classroom display, from a terminal when no browser is at hand.
 */
@Singleton
class BroadcastCommand implements ConsoleCommand {

    private final EmergencyService emergencies;
    private final ConsoleTimes times;

    BroadcastCommand(EmergencyService emergencies, ConsoleTimes times) {
        this.emergencies = emergencies;
        this.times = times;
    }

    @Override
    public String name() {
        return "broadcast";
    }

    @Override
    public List<String> subcommands() {
        return List.of("alert", "clear", "show");
    }

    @Override
    public int run(Invocation in) {
        switch (in.word(0)) {
            case "alert" -> {
                AlertKind kind = kind(in.word(1));
                String text = in.rest(2);
                if (!in.confirmed("console.broadcast.confirm", in.text(kind.messageKey()))) {
                    in.say("console.cancelled");
                    return ConsoleCommands.FAILED;
                }
                emergencies.raiseAlert(kind, text, null, false, in.actor());
                in.say("console.broadcast.raised");
            }
            case "clear" -> {
                emergencies.clearAlert(in.actor());
                in.say("console.broadcast.cleared");
            }
            case "show" -> emergencies.findStandingAlert().ifPresentOrElse(
                    alert -> in.say("console.broadcast.standing", in.text(alert.kind().messageKey()), alert.body(),
                            alert.raisedByName(), times.format(alert.raisedAt())),
                    () -> in.say("console.broadcast.noAlert"));
            default -> throw new Invocation.UsageException();
        }
        return ConsoleCommands.OK;
    }

    private static AlertKind kind(String word) {
        try {
            return AlertKind.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invocation.UsageException();
        }
    }
}
