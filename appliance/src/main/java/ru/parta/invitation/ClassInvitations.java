package ru.parta.invitation;

import jakarta.inject.Singleton;
import ru.parta.school.ClassDependents;

/** Invitation links and join requests of a class are its history of who was asked in: they keep it. */
@Singleton
class ClassInvitations implements ClassDependents {

    private final InvitationRepository invitations;
    private final JoinRequestRepository joinRequests;

    ClassInvitations(InvitationRepository invitations, JoinRequestRepository joinRequests) {
        this.invitations = invitations;
        this.joinRequests = joinRequests;
    }

    @Override
    public String keeps(long classId) {
        return invitations.existsByClassId(classId) || joinRequests.existsByClassIdOrChildClassId(classId, classId)
                ? "class.delete.hasInvitations" : null;
    }

    @Override
    public void releaseClass(long classId) {
        // Nothing to remove: a class nobody was invited to has no links or requests.
    }
}
