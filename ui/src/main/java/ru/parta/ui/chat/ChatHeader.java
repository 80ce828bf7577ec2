package ru.parta.ui.chat;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.ZoneId;
import io.micronaut.core.annotation.Nullable;
import org.jsoup.nodes.Element;
import ru.parta.access.AccountSummary;
import ru.parta.channel.ChannelInfo;
import ru.parta.chat.ChatLinkService;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.ConversationService;
import ru.parta.chat.DirectChats;
import ru.parta.ui.Routes;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.Markup;

/**
 * A chat's top bar: back to the list, its title and size, members, its link, leaving it. Every
 * open chat tab has one, so it is {@link Markup}, not a dozen components.
 */
class ChatHeader extends Div {

    private static final String MEMBERS = "chat-members";
    private static final String LINK = "chat-link";
    private static final String LEAVE = "chat-leave";

    private final ChatSummary chat;
    private final ConversationService conversations;
    private final DirectChats directChats;
    private final ChatLinkService links;
    private final String baseUrl;
    private final ZoneId zone;
    private final AccountSummary viewer;
    private final boolean mayLink;
    private final boolean mayLeave;
    private final ChannelInfo channel;
    private static final String PREMODERATION = "chat-premoderation";
    private Runnable togglePremoderation;
    private boolean premoderated;

    ChatHeader(ChatSummary chat, ConversationService conversations, DirectChats directChats, ChatLinkService links,
               String baseUrl, ZoneId zone, AccountSummary viewer, @Nullable ChannelInfo channel) {
        this.channel = channel;
        this.chat = chat;
        this.conversations = conversations;
        this.directChats = directChats;
        this.links = links;
        this.baseUrl = baseUrl;
        this.zone = zone;
        this.viewer = viewer;
        this.mayLink = chat.kind() == ConversationKind.CUSTOM
                && conversations.mayManage(chat.conversationId(), viewer.id());
        this.mayLeave = chat.kind() == ConversationKind.CUSTOM || chat.kind() == ConversationKind.DIRECT;
        addClassName("chat-header");
        Markup.show(getElement(), bar(chat, mayLink, mayLeave));
        Markup.onAction(this, getElement());
    }

    /** A button of the bar, clicked. */
    @ClientCallable
    void act(String action) {
        switch (action) {
            case MEMBERS -> {
                if (mayListMembers()) {
                    new MembersDialog(conversations, directChats, chat, viewer.id()).open();
                }
            }
            case LINK -> {
                if (mayLink) {
                    new ChatLinkDialog(links, chat.conversationId(), viewer.id(), baseUrl, zone).open();
                }
            }
            case PREMODERATION -> {
                if (togglePremoderation != null) {
                    togglePremoderation.run();
                }
            }
            case LEAVE -> {
                if (mayLeave) {
                    conversations.leaveChat(chat.conversationId(), CurrentAccount.actor());
                    UI.getCurrent().navigate(ChatsView.class);
                }
            }
            default -> {
                // Not an action of this bar.
            }
        }
    }

    private Element bar(ChatSummary chat, boolean mayLink, boolean mayLeave) {
        Element bar = Markup.detached("div");
        boolean isChannel = channel != null;
        Element back = bar.appendElement("a").addClass("chat-back").attr("href", isChannel ? Routes.CHANNELS : Routes.CHATS)
                .attr("router-link", "").attr("aria-label", getTranslation(isChannel ? "channels.title" : "chats.title"));
        back.appendElement("vaadin-icon").attr("icon", "vaadin:arrow-left");
        Element names = bar.appendElement("div").addClass("chat-names");
        names.appendElement("h2").id("chat-title").text(ChatTitles.title(this, chat));
        names.appendElement("span").addClass("chat-subtitle").attr("title", isChannel ? channel.description() : "")
                .text(isChannel ? getTranslation("channel.subtitle", chat.memberCount())
                        : getTranslation("chat.members.count", chat.memberCount()));
        if (mayListMembers()) {
            iconButton(bar, "users", MEMBERS, "chat.members");
        }
        if (isChannel && channel.mayManage()) {
            Element settings = bar.appendElement("a").id("channel-settings").addClass("chat-header-link")
                    .attr("href", Routes.channelSettings(channel.id())).attr("router-link", "")
                    .attr("aria-label", getTranslation("channel.settings")).attr("title", getTranslation("channel.settings"));
            settings.appendElement("vaadin-icon").attr("icon", "vaadin:cog");
        }
        if (mayLink) {
            iconButton(bar, "link", LINK, "chat.link.title");
        }
        if (togglePremoderation != null) {
            iconButton(bar, premoderated ? "lock" : "unlock", PREMODERATION,
                    premoderated ? "moderation.premoderation.on" : "moderation.premoderation.off");
        }
        if (mayLeave) {
            iconButton(bar, "exit-o", LEAVE, "chat.leave");
        }
        return bar;
    }

    /**
     * For a chat's moderators: the pre-moderation switch in the bar, and what it does when pressed
     * (the bar is drawn again with the new state).
     */
    Runnable premoderationToggle() {
        return togglePremoderation;
    }

    void offerPremoderation(boolean on, Runnable toggle) {
        this.premoderated = on;
        this.togglePremoderation = toggle;
        Markup.show(getElement(), bar(chat, mayLink, mayLeave));
    }

    /** A channel's readers are listed only to its authors: a thousand subscribers need not see each other. */
    private boolean mayListMembers() {
        return channel == null || chat.mayPost();
    }

    private void iconButton(Element bar, String icon, String action, String labelKey) {
        Element button = bar.appendElement("vaadin-button").id(action).attr("data-action", action)
                .attr("theme", "tertiary").attr("aria-label", getTranslation(labelKey))
                .attr("title", getTranslation(labelKey));
        button.appendElement("vaadin-icon").attr("icon", "vaadin:" + icon);
    }
}
