package ru.parta.invitation;

import io.micronaut.core.annotation.Nullable;

/** What a newcomer fills in on a link's page; a parent also names their child and its class. */
public record Registration(String fullName, String login, String password, @Nullable String childName,
                           @Nullable Long childClassId, boolean consentAccepted) {
}
