package ru.parta.people;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.ActivationService;
import ru.parta.access.CodeHolder;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;

/**
 * Activation as a person meets it: the code shows who it is for (and a parent's children), and a
 * parent must accept the consent to processing their own and their children's personal data
 * before the account exists; the consent is recorded with the activation, in one transaction.
 */
@Singleton
public class ActivationFlow {

    private final ActivationService activation;
    private final AccountService accounts;
    private final PeopleService people;
    private final ClassService classes;

    ActivationFlow(ActivationService activation, AccountService accounts, PeopleService people,
                   ClassService classes) {
        this.activation = activation;
        this.accounts = accounts;
        this.people = people;
        this.classes = classes;
    }

    public ActivationDetails describeCode(String code, String clientAddress) {
        CodeHolder holder = activation.describeCode(code, clientAddress);
        AccountSummary person = holder.person();
        List<String> children = person.hasRole(Role.PARENT)
                ? accounts.findPeople(people.findChildIds(person.id())).values().stream()
                .map(child -> child.fullName() + classLabel(child.id())).sorted().toList()
                : List.of();
        return new ActivationDetails(holder, children, person.hasRole(Role.PARENT), Consent.CURRENT_VERSION);
    }

    @Transactional
    public AccountSummary activatePerson(String code, String login, String password, boolean consentAccepted,
                                         String clientAddress) {
        ActivationDetails details = describeCode(code, clientAddress);
        ActivationService.ConsentGiven consent = null;
        if (details.consentRequired()) {
            if (!consentAccepted) {
                throw PartaException.invalid("activation.consent.required");
            }
            long parentId = details.holder().person().id();
            Set<Long> subjects = new HashSet<>(people.findChildIds(parentId));
            subjects.add(parentId);
            consent = new ActivationService.ConsentGiven(details.consentVersion(), subjects);
        }
        return activation.activateAccount(code, login, password, consent, clientAddress);
    }

    private String classLabel(long studentId) {
        return people.findClassIdOf(studentId).flatMap(classes::findClass).map(SchoolClass::label)
                .map(label -> ", " + label).orElse("");
    }
}
