package ru.parta.ui.base;

import com.vaadin.flow.component.Component;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parts of a page that are the same for every tab and change only with their data (the page
 * frame's header and menu, a chat's top bar) travel as one element's HTML instead of a tree of
 * Vaadin components: each component is a node of the tab's server-side state, about 1 KB of memory
 * for every open tab (docs/performance.md). The HTML is built with jsoup, so every name and title
 * is escaped by construction; a click the server must hear carries a {@code data-action}.
 */
public final class Markup {

    private Markup() {
    }

    /** A new element of its own, written without pretty-printing (no whitespace the layout would show). */
    public static Element detached(String tag) {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        return document.appendElement(tag);
    }

    /** Shows the children of {@code content} inside {@code host}; the same again sends nothing to the browser. */
    public static void show(com.vaadin.flow.dom.Element host, Element content) {
        host.setProperty("innerHTML", content.html());
    }

    /**
     * Hands the {@code data-action} of every click inside {@code area} to {@code host}'s
     * {@code @ClientCallable void act(String action)}, which must accept only the actions it offers.
     */
    public static void onAction(Component host, com.vaadin.flow.dom.Element area) {
        host.addAttachListener(attach -> area.executeJs("if (this.partaActions) { return; } this.partaActions = true;"
                + " this.addEventListener('click', (e) => { const a = e.target.closest('[data-action]');"
                + " if (a && this.contains(a)) { $0.$server.act(a.dataset.action); } });", host.getElement()));
    }
}
