package ru.parta.access;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface AccountRoleRepository extends GenericRepository<AccountRole, Long> {

    AccountRole save(AccountRole role);

    List<Role> findRoleByAccountId(Long accountId);

    List<AccountRole> findByAccountIdIn(Collection<Long> accountIds);

    boolean existsByAccountIdAndRole(Long accountId, Role role);

    long countByRole(Role role);

    void deleteByAccountIdAndRole(Long accountId, Role role);
}
