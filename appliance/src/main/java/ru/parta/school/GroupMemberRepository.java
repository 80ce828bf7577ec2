package ru.parta.school;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface GroupMemberRepository extends GenericRepository<GroupMember, Long> {

    GroupMember save(GroupMember member);

    List<Long> findAccountIdByGroupId(Long groupId);

    List<Long> findGroupIdByAccountId(Long accountId);

    boolean existsByGroupIdAndAccountId(Long groupId, Long accountId);

    void deleteByGroupIdAndAccountId(Long groupId, Long accountId);

    long countByGroupId(Long groupId);
}
