package ru.parta.invitation;

import io.micronaut.core.annotation.Nullable;

/**
 * A link as lists and its page show it: the target by name (a class label, a group's name, or the
 * staff room), who created it and its state now.
 */
public record InvitationView(Invitation invitation, @Nullable String classLabel, @Nullable String groupName,
                             boolean staffRoom, String creatorName, InvitationStatus status) {
}
