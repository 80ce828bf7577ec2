package ru.parta.ui.broadcast;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.parta.broadcast.BroadcastInfo;
import ru.parta.broadcast.BroadcastService;
import ru.parta.broadcast.DisplayInfo;

/**
 * Running broadcasts as control cards, kept across refreshes: a card stays while its broadcast
 * runs and only its contents change; cards come and go with broadcasts.
 */
class RunningList extends Div {

    private final BroadcastService broadcasts;
    private final Map<Long, BroadcastControls> cards = new LinkedHashMap<>();
    private final Paragraph empty = new Paragraph();

    RunningList(BroadcastService broadcasts, String emptyKey) {
        this.broadcasts = broadcasts;
        addClassName("broadcast-list");
        empty.setText(getTranslation(emptyKey));
    }

    void show(List<BroadcastInfo> shown, List<DisplayInfo> displays, List<BroadcastInfo> running) {
        Map<Long, BroadcastInfo> byId = running.stream().collect(Collectors.toMap(BroadcastInfo::id, Function.identity()));
        Map<Long, BroadcastInfo> wanted = shown.stream().collect(Collectors.toMap(BroadcastInfo::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        cards.keySet().removeIf(id -> {
            if (!wanted.containsKey(id)) {
                remove(cards.get(id));
                return true;
            }
            return false;
        });
        for (BroadcastInfo broadcast : wanted.values()) {
            BroadcastControls card = cards.computeIfAbsent(broadcast.id(), id -> {
                BroadcastControls made = new BroadcastControls(broadcast, broadcasts);
                add(made);
                return made;
            });
            card.show(broadcast, displays, byId);
        }
        if (cards.isEmpty()) {
            add(empty);
        } else {
            remove(empty);
        }
    }
}
