package ru.parta.invitation;

import io.micronaut.core.annotation.Nullable;

/** A join request as the approver sees it, with the child the request's name matches (if any). */
public record JoinRequestView(JoinRequest request, String applicantName, @Nullable String classLabel,
                              @Nullable String groupName, boolean staffRoom, @Nullable String childClassLabel,
                              @Nullable Long matchedChildId) {
}
