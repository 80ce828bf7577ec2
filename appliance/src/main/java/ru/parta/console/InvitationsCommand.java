package ru.parta.console;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import ru.parta.invitation.InvitationService;
import ru.parta.invitation.InvitationView;

/** {@code invitations list | revoke-unclaimed}. */
@Singleton
class InvitationsCommand implements ConsoleCommand {

    private final InvitationService invitations;
    private final ConsoleTimes times;

    InvitationsCommand(InvitationService invitations, ConsoleTimes times) {
        this.invitations = invitations;
        this.times = times;
    }

    @Override
    public String name() {
        return "invitations";
    }

    @Override
    public List<String> subcommands() {
        return List.of("list", "revoke-unclaimed");
    }

    @Override
    public int run(Invocation in) {
        switch (in.word(0)) {
            case "list" -> {
                List<InvitationView> all = invitations.findInvitations(in.who().accountId());
                if (all.isEmpty()) {
                    in.say("console.invitations.none");
                }
                for (InvitationView view : all) {
                    String where = view.classLabel() != null ? view.classLabel()
                            : view.groupName() != null ? view.groupName()
                            : view.staffRoom() ? in.text("console.invitations.staffRoom") : "—";
                    in.line(String.format("%5d  %-14s %-16s %s  %s/%s  %s", view.invitation().id(),
                            in.text("role." + view.invitation().role().name().toLowerCase(Locale.ROOT)), where,
                            in.text(view.status().messageKey()), view.invitation().uses(),
                            view.invitation().maxUses() == null ? "∞" : view.invitation().maxUses(),
                            times.format(view.invitation().expiresAt())));
                }
            }
            case "revoke-unclaimed" -> {
                if (!in.confirmed("console.invitations.confirmRevoke")) {
                    in.say("console.cancelled");
                    return ConsoleCommands.FAILED;
                }
                in.say("console.invitations.revoked", invitations.revokeUnclaimed(in.actor()));
            }
            default -> throw new Invocation.UsageException();
        }
        return ConsoleCommands.OK;
    }
}
