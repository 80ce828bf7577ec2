package ru.parta.ui.base;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import ru.parta.access.Actor;
import ru.parta.live.LiveHub;

/**
 * How a tab hears that its screen changed on the server. Parta runs Vaadin without push: a second
 * socket per tab cost more memory than the chat screen itself (docs/performance.md). The page frame
 * names each tab and follows the person's own live topic; a change made to a screen off the tab's
 * own request (a list someone else changed, an import's progress, an upload that finished) is
 * followed by a "sync" frame for that tab, and the tab fetches the change with an ordinary request.
 */
public final class TabSync implements Serializable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final transient LiveHub live;
    private final Actor actor;
    private final String name;

    private TabSync(LiveHub live, Actor actor, String name) {
        this.live = live;
        this.actor = actor;
        this.name = name;
    }

    /** The tab's sync for the person signed in, made once per tab (UI) and kept while it lives. */
    public static TabSync of(UI ui, LiveHub live, Actor actor) {
        TabSync existing = ComponentUtil.getData(ui, TabSync.class);
        if (existing != null && existing.actor.accountId() == actor.accountId()) {
            return existing;
        }
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        TabSync made = new TabSync(live, actor, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        ComponentUtil.setData(ui, TabSync.class, made);
        return made;
    }

    /** The tab's name in "sync" frames: random, so a person's other tabs do not fetch for nothing. */
    public String name() {
        return name;
    }

    /** After a change to the UI made under its lock, off its own request: the tab comes to fetch it. */
    static void nudge(UI ui) {
        TabSync sync = ComponentUtil.getData(ui, TabSync.class);
        if (sync != null && sync.live != null) {
            sync.live.nudgeTab(sync.actor, sync.name);
        }
    }
}
