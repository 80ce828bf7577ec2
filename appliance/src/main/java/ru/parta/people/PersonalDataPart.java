package ru.parta.people;

import java.time.ZoneId;
import java.util.List;

/**
 * A file of the own-data archive that another feature holds the data for (messages in chats);
 * the feature implements it, so this one needs to know nothing of chats. Erasure uses it too.
 */
public interface PersonalDataPart {

    String fileName();

    List<String> header();

    List<List<String>> rows(long accountId, ZoneId zone);

    /**
     * Destroys this part of an erased person's data, inside the erasure's transaction; returns the
     * message key of the category for the erasure act, or null when there was nothing.
     */
    String erase(long accountId, java.time.Instant at);
}
