package ru.parta.ui.access;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.SessionService;
import ru.parta.access.AccountSummary;
import ru.parta.setup.SetupService;
import ru.parta.rules.RulesService;
import ru.parta.ui.Routes;

/**
 * Checks every navigation on the server before the target view is created: the wizard before
 * setup and never after, sign-in for everything not public, and the roles a route declares.
 * A route that declares nothing is refused (fail closed).
 */
@Singleton
class RouteGuard implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(RouteGuard.class);

    private final SetupService setupService;
    private final AccountService accountService;
    private final SessionService sessionService;
    private final ru.parta.people.ChildConsentService childConsents;
    private final RulesService rules;

    RouteGuard(SetupService setupService, AccountService accountService, SessionService sessionService,
               ru.parta.people.ChildConsentService childConsents, RulesService rules) {
        this.rules = rules;
        this.childConsents = childConsents;
        this.setupService = setupService;
        this.accountService = accountService;
        this.sessionService = sessionService;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (!setupService.isSetupComplete()) {
            if (!target.isAnnotationPresent(SetupPage.class)) {
                event.forwardTo(Routes.SETUP);
            }
            return;
        }
        if (target.isAnnotationPresent(SetupPage.class)) {
            event.forwardTo(Routes.LOGIN);
            return;
        }
        Optional<AccountSummary> account = freshAccount();
        PublicPage publicPage = target.getAnnotation(PublicPage.class);
        if (publicPage != null) {
            if (publicPage.sendSignedInHome() && account.isPresent()) {
                event.forwardTo(Routes.HOME);
            }
            return;
        }
        if (account.isEmpty()) {
            // A chat link opened before signing in leads back to itself afterwards.
            String path = event.getLocation().getPath();
            if (path.startsWith(Routes.CHAT_JOIN + "/")) {
                event.forwardTo(Routes.LOGIN, com.vaadin.flow.router.QueryParameters.of("next", path));
            } else {
                event.forwardTo(Routes.LOGIN);
            }
            return;
        }
        // An applicant sees only how their join request stands; a person told to change their
        // password does that before anything else.
        if (account.get().status() == AccountStatus.APPLICANT) {
            if (!target.isAnnotationPresent(ApplicantPage.class)) {
                event.forwardTo(Routes.WAITING);
            }
            return;
        }
        if (account.get().passwordChangeRequired() && !target.isAnnotationPresent(PasswordChangePage.class)) {
            event.forwardTo(Routes.ACCOUNT);
            return;
        }
        // The school's current rules come before anything else (a new edition on the next navigation).
        if (!target.isAnnotationPresent(RulesPage.class) && !CurrentAccount.hasAcceptedRules(rules)) {
            event.forwardTo(Routes.RULES_ACCEPT);
            return;
        }
        // A parent with a child linked since their activation consents for that child first (152-FZ).
        if (account.get().hasRole(ru.parta.access.Role.PARENT) && !target.isAnnotationPresent(ConsentPage.class)
                && !target.isAnnotationPresent(RulesPage.class)
                && !childConsents.findChildrenAwaitingConsent(account.get().id()).isEmpty()) {
            event.forwardTo(Routes.CONSENT);
            return;
        }
        if (!mayEnter(target, account.get())) {
            event.forwardTo(Routes.FORBIDDEN);
        }
    }

    static boolean mayEnter(Class<?> target, AccountSummary account) {
        if (target.isAnnotationPresent(AnyRole.class)) {
            return true;
        }
        AllowedRoles allowed = target.getAnnotation(AllowedRoles.class);
        if (allowed == null) {
            LOG.error("Route {} declares no roles and is refused to everyone", target.getName());
            return false;
        }
        return account.hasAnyRole(EnumSet.copyOf(List.of(allowed.value())));
    }

    /**
     * Reads the account and its session again, so a disabled account, an ended session or a
     * changed role takes effect at once.
     */
    private Optional<AccountSummary> freshAccount() {
        Optional<AccountSummary> inSession = CurrentAccount.get();
        if (inSession.isEmpty()) {
            return inSession;
        }
        boolean sessionStands = CurrentAccount.sessionId()
                .map(id -> sessionService.checkSession(id, inSession.get().id())).orElse(false);
        Optional<AccountSummary> fresh = sessionStands ? accountService.findAccount(inSession.get().id())
                : Optional.empty();
        if (fresh.isEmpty()) {
            CurrentAccount.replace(null);
        } else {
            CurrentAccount.replace(fresh.get());
        }
        return fresh;
    }
}
