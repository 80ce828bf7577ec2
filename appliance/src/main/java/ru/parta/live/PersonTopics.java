package ru.parta.live;

import jakarta.inject.Singleton;

/**
 * A person's own topic ({@code person:<id>}), which the page frame of each of their tabs follows:
 * "sync" frames that tell one tab to fetch its screen's changes ({@link LiveHub#nudgeTab}). Nobody
 * else may follow it. A tab away too long has nothing to catch up: it fetches when it acts next.
 */
@Singleton
class PersonTopics extends OwnTopics {

    @Override
    public String kind() {
        return "person";
    }
}
