package ru.parta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;

/**
 * The rules of issue 14: screens reach the services only through methods that carry the acting
 * person (or only read), and only the sign-in plumbing makes an {@link Actor}.
 */
class ServiceBoundaryTest {

    private static final JavaClasses PARTA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("ru.parta");

    /** Names of methods that only read; a screen may call them without an actor. */
    private static final List<String> READ_PREFIXES = List.of("find", "count", "describe", "is", "has", "may",
            "can", "sees", "preview", "require", "max", "zone", "get", "translate", "supported", "svg", "label",
            "password", "subscribe");

    /**
     * Writes a screen makes before anyone is signed in, so there is no actor yet; each checks its
     * own secret (a password, a code, a link) instead.
     */
    private static final Map<String, String> BEFORE_SIGN_IN = Map.of(
            "ru.parta.access.AuthenticationService.signIn", "checks the password itself",
            "ru.parta.people.ActivationFlow.activatePerson", "checks the activation code",
            "ru.parta.invitation.InvitationService.register", "checks the invitation link",
            "ru.parta.setup.SetupService.completeSetup", "checks the one-time setup code",
            "ru.parta.access.SessionService.startSession", "called right after signIn succeeded",
            "ru.parta.access.SessionService.checkSession", "the guard's check of the session itself");

    @Test
    void screensCallOnlyServiceMethodsThatTakeTheActorOrOnlyRead() {
        classes().that().resideInAPackage("ru.parta.ui..")
                .should(callOnlyActorTakingOrReadingServiceMethods())
                .check(PARTA);
    }

    @Test
    void onlyTheSignedInSessionMakesAnActorOnTheScreens() {
        noClasses().that().resideInAPackage("ru.parta.ui..")
                .and().doNotHaveFullyQualifiedName("ru.parta.ui.access.CurrentAccount")
                .should().callMethod(Actor.class, "of", long.class)
                .orShould().callConstructor(Actor.class, long.class, Set.class, String.class)
                .orShould().accessField(Actor.class, "SYSTEM")
                .check(PARTA);
    }

    private static ArchCondition<JavaClass> callOnlyActorTakingOrReadingServiceMethods() {
        return new ArchCondition<>("call only service methods that take an Actor or only read") {
            @Override
            public void check(JavaClass screen, ConditionEvents events) {
                for (JavaCall<?> call : screen.getMethodCallsFromSelf()) {
                    JavaClass owner = call.getTargetOwner();
                    if (owner.getPackageName().startsWith("ru.parta.ui") || !owner.getPackageName().startsWith("ru.parta")
                            || !owner.isAnnotatedWith(Singleton.class)) {
                        continue;
                    }
                    String name = call.getTarget().getName();
                    boolean takesActor = call.getTarget().getRawParameterTypes().stream()
                            .anyMatch(type -> type.isEquivalentTo(Actor.class));
                    boolean reads = READ_PREFIXES.stream().anyMatch(name::startsWith);
                    boolean beforeSignIn = BEFORE_SIGN_IN.containsKey(owner.getName() + "." + name);
                    if (!takesActor && !reads && !beforeSignIn) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()
                                + " neither takes an Actor nor only reads"));
                    }
                }
            }
        };
    }
}
