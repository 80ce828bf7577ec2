package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A person of the school and their way in. Imported people start {@link AccountStatus#PENDING}
 * with neither login nor password until they activate with a code.
 */
@MappedEntity("account")
record Account(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable String login,
        String fullName,
        String nameKey,
        @Nullable String passwordHash,
        boolean enabled,
        AccountStatus status,
        @Nullable Instant statusChangedAt,
        boolean teacherVerified,
        Instant createdAt) {

    boolean canSignIn() {
        return enabled && status == AccountStatus.ACTIVE && passwordHash != null;
    }

    Account withStatus(AccountStatus newStatus, Instant at) {
        return new Account(id, login, fullName, nameKey, passwordHash, enabled, newStatus, at, teacherVerified,
                createdAt);
    }

    Account withTeacherVerified(boolean verified) {
        return new Account(id, login, fullName, nameKey, passwordHash, enabled, status, statusChangedAt, verified,
                createdAt);
    }

    Account activated(String newLogin, String newPasswordHash, Instant at) {
        return new Account(id, newLogin, fullName, nameKey, newPasswordHash, enabled, AccountStatus.ACTIVE, at,
                teacherVerified, createdAt);
    }
}
