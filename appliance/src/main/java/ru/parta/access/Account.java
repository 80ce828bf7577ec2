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
        boolean passwordChangeRequired,
        Instant createdAt) {

    /** Active people sign in; so do applicants, to see how their join request stands. */
    boolean canSignIn() {
        return enabled && (status == AccountStatus.ACTIVE || status == AccountStatus.APPLICANT) && passwordHash != null;
    }

    Account withStatus(AccountStatus newStatus, Instant at) {
        return new Account(id, login, fullName, nameKey, passwordHash, enabled, newStatus, at, teacherVerified,
                passwordChangeRequired, createdAt);
    }

    Account withTeacherVerified(boolean verified) {
        return new Account(id, login, fullName, nameKey, passwordHash, enabled, status, statusChangedAt, verified,
                passwordChangeRequired, createdAt);
    }

    Account activated(String newLogin, String newPasswordHash, Instant at) {
        return new Account(id, newLogin, fullName, nameKey, newPasswordHash, enabled, AccountStatus.ACTIVE, at,
                teacherVerified, false, createdAt);
    }

    Account withPassword(String newPasswordHash, boolean changeRequired) {
        return new Account(id, login, fullName, nameKey, newPasswordHash, enabled, status, statusChangedAt,
                teacherVerified, changeRequired, createdAt);
    }

    Account withEnabled(boolean nowEnabled) {
        return new Account(id, login, fullName, nameKey, passwordHash, nowEnabled, status, statusChangedAt,
                teacherVerified, passwordChangeRequired, createdAt);
    }

    /** What remains of a person after erasure: a placeholder name, no way in, no personal data. */
    Account erased(String placeholderName, Instant at) {
        return new Account(id, null, placeholderName, PersonName.key(placeholderName), null, false,
                AccountStatus.ERASED, at, false, false, createdAt);
    }
}
