package ru.parta.base.event;

import java.util.Set;

/** An event that names its topics, so topic subscribers get only what they follow. */
public interface Topical {

    Set<Topic> topics();
}
