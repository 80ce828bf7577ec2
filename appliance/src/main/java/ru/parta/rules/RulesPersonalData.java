package ru.parta.rules;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import ru.parta.base.Sql;
import ru.parta.people.PersonalDataPart;

/** Which editions of the rules a person accepted and when, for their archive; erasure deletes them. */
@Singleton
class RulesPersonalData implements PersonalDataPart {

    private final JdbcOperations jdbc;
    private final RulesEditionRepository editions;

    RulesPersonalData(JdbcOperations jdbc, RulesEditionRepository editions) {
        this.jdbc = jdbc;
        this.editions = editions;
    }

    @Override
    public String fileName() {
        return "rules.csv";
    }

    @Override
    public List<String> header() {
        return List.of("edition", "accepted_at");
    }

    @Override
    @Transactional(readOnly = true)
    public List<List<String>> rows(long accountId, ZoneId zone) {
        return new Sql().append("""
                SELECT e.number, r.accepted_at FROM rules_acceptance r JOIN rules_edition e ON e.id = r.edition_id
                WHERE r.account_id = ? ORDER BY e.number""", accountId)
                .query(jdbc, rs -> List.of(rs.getString(1), Sql.instant(rs.getObject(2)).atZone(zone).toString()));
    }

    @Override
    public String erase(long accountId, Instant at) {
        return editions.eraseAcceptances(accountId) > 0 ? "erasure.category.rules" : null;
    }
}
