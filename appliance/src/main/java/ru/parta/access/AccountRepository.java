package ru.parta.access;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface AccountRepository extends CrudRepository<Account, Long> {

    Optional<Account> findByLogin(String login);

    boolean existsByLogin(String login);

    List<Account> findByNameKeyAndStatusNotEqual(String nameKey, AccountStatus status);

    List<Account> findByIdIn(Collection<Long> ids);

    @Query("SELECT a.* FROM account a WHERE a.status = 'PENDING' AND EXISTS (SELECT 1 FROM account_role r"
            + " WHERE r.account_id = a.id AND r.role IN ('ADMIN', 'DIRECTOR', 'TEACHER'))")
    List<Account> findPendingStaff();

    @Query("SELECT a.* FROM account a WHERE a.status = 'ACTIVE' AND a.enabled = TRUE AND EXISTS (SELECT 1"
            + " FROM account_role r WHERE r.account_id = a.id AND r.role IN ('ADMIN', 'DIRECTOR', 'TEACHER'))"
            + " ORDER BY a.full_name")
    List<Account> findActiveStaff();

    @Query("SELECT COUNT(*) FROM account a WHERE a.id <> :accountId AND a.enabled = TRUE AND a.status = 'ACTIVE'"
            + " AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = 'ADMIN')")
    long countOtherActiveAdmins(long accountId);
}
