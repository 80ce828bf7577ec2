package ru.parta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
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
import ru.parta.base.InternalStep;

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
            "can", "sees", "preview", "check", "content", "require", "max", "zone", "get", "translate", "supported", "svg", "label",
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

    /**
     * The classes that run hand-written SQL through {@code JdbcOperations}, each with why: reads that
     * join several features' tables for speed, or batch writes. Adding one means adding its reason.
     */
    private static final Map<String, String> RAW_SQL = Map.ofEntries(
            Map.entry("ru.parta.base.Sql", "the small builder the others use"),
            Map.entry("ru.parta.base.audit.AuditSearch", "filters and pages the audit trail in one query"),
            Map.entry("ru.parta.chat.ChatReads", "the chat list: chats, last messages and unread counts in one read"),
            Map.entry("ru.parta.chat.ClassChats", "re-syncs class chats from the roster tables of people and school"),
            Map.entry("ru.parta.chat.ClassChatRemoval", "removes a deleted class's empty chats in bulk"),
            Map.entry("ru.parta.chat.ReadPointerWriter", "flushes buffered read pointers as one batch"),
            Map.entry("ru.parta.chat.ChatPersonalData", "a person's messages for the 152-FZ archive and erasure"),
            Map.entry("ru.parta.people.PeopleDirectory",
                    "the people page: filters across accounts, classes and groups"),
            Map.entry("ru.parta.channel.ChannelAudiences", "channels' audiences from the roster tables"),
            Map.entry("ru.parta.channel.AckSheets", "an acknowledgement sheet, set-based"),
            Map.entry("ru.parta.channel.ChannelPersonalData", "a person's confirmations for the 152-FZ archive"),
            Map.entry("ru.parta.poll.PollReads", "non-voters and named votes across a poll's chat"),
            Map.entry("ru.parta.poll.PollPersonalData", "a person's votes for the 152-FZ archive and erasure"),
            Map.entry("ru.parta.rules.RulesReads", "the acceptance list: people, classes and roles, set-based"),
            Map.entry("ru.parta.rules.RulesPersonalData", "a person's acceptances for the 152-FZ archive"),
            Map.entry("ru.parta.channel.CommentPersonalData", "a person's comments for the 152-FZ archive"),
            Map.entry("ru.parta.broadcast.UsageLog", "the displays' usage log: displays, broadcasts and who started them"),
            Map.entry("ru.parta.broadcast.BroadcastPersonalData", "a person's broadcasts, alerts and plans for the 152-FZ archive"));

    /**
     * Entities other features (and the screens) may hold: immutable records that cannot be saved
     * without their feature's package-private repository, so holding one cannot change anything.
     */
    private static final Map<String, String> PUBLISHED_ENTITIES = Map.ofEntries(
            Map.entry("ru.parta.school.School", "the school's name, zone and quiet hours, read everywhere"),
            Map.entry("ru.parta.school.SchoolClass", "a class as lists and pickers show it"),
            Map.entry("ru.parta.school.SchoolGroup", "a group as lists and pickers show it"),
            Map.entry("ru.parta.school.Teaching", "who teaches what in a class, on the class page"),
            Map.entry("ru.parta.files.StoredFile", "a file's name, size and place, shown in chats and materials"),
            Map.entry("ru.parta.files.MaterialFolder", "a folder of the materials library"),
            Map.entry("ru.parta.base.audit.AuditEvent", "a line of the security log"),
            Map.entry("ru.parta.access.SecurityReport", "a \"someone uses my account\" report on the Security page"),
            Map.entry("ru.parta.access.ConsentRecord", "a consent shown to its giver and administrators"),
            Map.entry("ru.parta.invitation.Invitation", "an invitation link on the invitations page"),
            Map.entry("ru.parta.invitation.JoinRequest", "a join request on the requests page"),
            Map.entry("ru.parta.people.OptOut", "a family's refusal on the privacy page"),
            Map.entry("ru.parta.people.ErasureRequest", "an erasure request on the privacy page"),
            Map.entry("ru.parta.people.ErasureRecord", "an erasure act on the privacy page"),
            Map.entry("ru.parta.people.PersonDetail", "a person's contacts on their page"),
            Map.entry("ru.parta.chat.Conversation", "the chat a dialog just opened, to navigate to it"),
            Map.entry("ru.parta.chat.ChatPolicy", "the school's chat rules on the settings page"),
            Map.entry("ru.parta.chat.ChatLink", "a chat's join link in its dialog"),
            Map.entry("ru.parta.moderation.ModerationRecord", "a line of the moderation log on its page"),
            Map.entry("ru.parta.moderation.ListEntry", "an entry of the school's filter list on its page"),
            Map.entry("ru.parta.console.ConsoleKey", "an administrator's console key on their own account page"));

    @Test
    void onlyListedClassesRunHandWrittenSql() {
        classes().that().resideInAPackage("ru.parta..")
                .should(beListedIfTheyUse("io.micronaut.data.jdbc.runtime.JdbcOperations", RAW_SQL))
                .check(PARTA);
    }

    @Test
    void anEntityIsUsedOutsideItsFeatureOnlyWhenPublishedAsAReadRecord() {
        classes().that().areAnnotatedWith(io.micronaut.data.annotation.MappedEntity.class)
                .should(beUsedOnlyInTheirFeatureUnlessPublished())
                .check(PARTA);
    }

    private static ArchCondition<JavaClass> beListedIfTheyUse(String used, Map<String, String> allowed) {
        return new ArchCondition<>("be listed with a reason if they use " + used) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean uses = item.getDirectDependenciesFromSelf().stream()
                        .anyMatch(dependency -> dependency.getTargetClass().getName().equals(used));
                // Micronaut's generated $Name$Definition classes belong to Name.
                String local = item.getName().substring(item.getPackageName().length() + 1);
                String source = item.getPackageName() + "." + local.replaceFirst("^\\$", "").replaceAll("\\$.*", "");
                if (uses && !allowed.containsKey(source)) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is not on the list"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirFeatureUnlessPublished() {
        return new ArchCondition<>("be used only inside their feature unless published") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                if (PUBLISHED_ENTITIES.containsKey(entity.getName())) {
                    return;
                }
                entity.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !dependency.getOriginClass().getPackageName()
                                .equals(entity.getPackageName()))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription())));
            }
        };
    }

    /** Public beans that are plumbing under the services rather than services, each with who guards them. */
    private static final Map<String, String> PLUMBING = Map.of(
            "ru.parta.access.LoginThrottle", "sign-in and activation failures, used by those flows before anyone is signed in",
            "ru.parta.files.BlobStore", "the bytes on disk, reached only through FileService",
            "ru.parta.files.FileGate", "file downloads, which check the session they come with themselves",
            "ru.parta.files.FileHousekeeping", "the night's clean-up; the administrator's integrity check takes an Actor");

    /** Other public methods of services that are no request's write, each with what it is. */
    private static final Map<String, String> NOT_REQUESTS = Map.of(
            "ru.parta.files.MaterialService.place", "names the file place the service governs (FilePlaceRules)",
            "ru.parta.chat.HeldMessages.releaseHeldMessages", "the morning release, run by HeldDelivery's schedule",
            "ru.parta.chat.ReadPointers.flushReadPointers", "the batch write, run by ReadPointerFlush's schedule",
            "ru.parta.poll.PollService.closeDuePolls", "the deadline's closing, run by PollLive's schedule");

    @Test
    void screensCallOnlyServiceMethodsThatTakeTheActorOrOnlyRead() {
        classes().that().resideInAPackage("ru.parta.ui..")
                .should(callOnlyActorTakingOrReadingServiceMethods())
                .check(PARTA);
    }

    /**
     * Every public method of a core service either takes the acting person, only reads, or is an
     * {@link InternalStep} naming who calls it: a write nobody can see the guard of does not exist.
     */
    @Test
    void everyPublicServiceWriteTakesAnActorOrIsANamedInternalStep() {
        classes().that().resideInAPackage("ru.parta..").and().resideOutsideOfPackage("ru.parta.ui..")
                .and().resideOutsideOfPackage("ru.parta.base..")
                .and().areAnnotatedWith(Singleton.class).and().arePublic()
                .should(haveOnlyGuardedPublicWrites())
                .check(PARTA);
    }

    @Test
    void screensNeverCallAnInternalStep() {
        noClasses().that().resideInAPackage("ru.parta.ui..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("an internal step",
                        call -> call.getTarget().isAnnotatedWith(InternalStep.class)))
                .check(PARTA);
    }

    private static ArchCondition<JavaClass> haveOnlyGuardedPublicWrites() {
        return new ArchCondition<>("have only public writes that take an Actor or are internal steps") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                if (PLUMBING.containsKey(service.getName())) {
                    return;
                }
                for (JavaMethod method : service.getMethods()) {
                    if (!method.getModifiers().contains(JavaModifier.PUBLIC)
                            || method.getModifiers().contains(JavaModifier.STATIC)
                            || method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                        continue;
                    }
                    String name = method.getName();
                    if (!guardedOrReading(service, name, method.getRawParameterTypes())
                            && !method.isAnnotatedWith(InternalStep.class)
                            && !NOT_REQUESTS.containsKey(service.getName() + "." + name)) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + " writes without an Actor and is not marked @InternalStep"));
                    }
                }
            }
        };
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
                    if (!guardedOrReading(owner, name, call.getTarget().getRawParameterTypes())) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()
                                + " neither takes an Actor nor only reads"));
                    }
                }
            }
        };
    }

    /** Takes the acting person, only reads by its name, or is a write made before anyone signs in. */
    private static boolean guardedOrReading(JavaClass owner, String name, List<JavaClass> parameters) {
        return parameters.stream().anyMatch(type -> type.isEquivalentTo(Actor.class))
                || READ_PREFIXES.stream().anyMatch(name::startsWith)
                || BEFORE_SIGN_IN.containsKey(owner.getName() + "." + name);
    }
}
