package ru.parta.ui.invitation;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.access.SessionService;
import ru.parta.base.PartaException;
import ru.parta.invitation.InvitationService;
import ru.parta.invitation.InvitationView;
import ru.parta.invitation.JoinOutcome;
import ru.parta.invitation.Registration;
import ru.parta.people.Consent;
import ru.parta.school.ClassService;
import ru.parta.school.School;
import ru.parta.school.SchoolClass;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.access.PublicPage;
import ru.parta.ui.base.LanguageSwitch;

/**
 * An invitation link's page, reachable without signing in: newcomers register (a parent names
 * their child and accepts the consent), people with an account join with one click. Where the
 * link needs approval, a join request waits and the person sees its state.
 */
@Prototype
@Route(Routes.JOIN)
@PublicPage
public class JoinView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final InvitationService invitations;
    private final SessionService sessions;
    private final ClassService classes;
    private final String schoolName;
    private final Div card = new Div();
    private String token;

    public JoinView(InvitationService invitations, SessionService sessions, ClassService classes,
                    SchoolService schools) {
        this.invitations = invitations;
        this.sessions = sessions;
        this.classes = classes;
        this.schoolName = schools.findSchool().map(School::name).orElse("");
        addClassName("centered-page");
        card.addClassNames("form-card", "wide");
        add(card);
    }

    @Override
    public void setParameter(BeforeEvent event, String linkToken) {
        this.token = linkToken;
        card.removeAll();
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("brand");
        Paragraph school = new Paragraph(schoolName);
        school.addClassName("school-name");
        card.add(new LanguageSwitch(), title, school);
        InvitationView invitation;
        try {
            invitation = invitations.describeInvitation(linkToken, CurrentAccount.clientAddress());
        } catch (PartaException e) {
            Paragraph problem = new Paragraph(getTranslation(e.messageKey(), e.arguments()));
            problem.setId("join-problem");
            problem.addClassName("warning");
            card.add(problem);
            return;
        }
        H2 what = new H2(getTranslation("join.invited", getTranslation(invitation.invitation().role().messageKey()),
                Targets.label(this, invitation.classLabel(), invitation.groupName(), invitation.staffRoom())));
        what.setId("join-what");
        card.add(what, new Paragraph(getTranslation("join.from", invitation.creatorName())));
        if (invitation.invitation().note() != null) {
            card.add(new Paragraph(invitation.invitation().note()));
        }
        if (invitation.invitation().needsApproval()) {
            Paragraph approval = new Paragraph(getTranslation("join.needsApproval"));
            approval.addClassName("hint");
            card.add(approval);
        }
        Optional<AccountSummary> me = CurrentAccount.get().filter(a -> a.status() == AccountStatus.ACTIVE);
        if (me.isPresent()) {
            joinForm(invitation, me.get());
        } else {
            registrationForm(invitation);
        }
    }

    private void joinForm(InvitationView invitation, AccountSummary me) {
        card.add(new Paragraph(getTranslation("join.signedInAs", me.fullName())));
        ChildFields child = childFields(invitation);
        Button join = new Button(getTranslation("join.action.join"), click -> {
            JoinOutcome outcome = invitations.joinWithAccount(token, CurrentAccount.actor(), child.name(), child.classId(),
                    CurrentAccount.clientAddress());
            finish(outcome);
        });
        join.setId("join-submit");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.setWidthFull();
        card.add(join);
    }

    private void registrationForm(InvitationView invitation) {
        TextField fullName = field(new TextField(), "join-name", "join.field.fullName");
        TextField login = field(new TextField(), "join-login", "activation.field.login");
        login.setHelperText(getTranslation("activation.field.login.help"));
        PasswordField password = field(new PasswordField(), "join-password", "activation.field.password");
        PasswordField again = field(new PasswordField(), "join-password-again", "activation.field.passwordAgain");
        card.add(fullName, login, password, again);
        ChildFields child = childFields(invitation);
        Checkbox consent = new Checkbox(getTranslation("activation.consent.accept"));
        consent.setId("join-consent");
        boolean parent = invitation.invitation().role() == Role.PARENT;
        if (parent) {
            Paragraph text = ru.parta.ui.base.ConsentText.of(this, Consent.CURRENT_VERSION);
            card.add(text, consent);
        }
        Button register = new Button(getTranslation("join.action.register"), click -> {
            try {
                if (!password.getValue().equals(again.getValue())) {
                    throw PartaException.invalid("join.passwordsDiffer");
                }
                JoinOutcome outcome = invitations.register(token, new Registration(fullName.getValue(),
                        login.getValue(), password.getValue(), child.name(), child.classId(),
                        parent && consent.getValue()), CurrentAccount.clientAddress());
                CurrentAccount.signIn(outcome.account(), sessions, password.getValue());
                finish(outcome);
            } finally {
                password.clear();
                again.clear();
            }
        });
        register.setId("join-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickShortcut(Key.ENTER);
        register.setWidthFull();
        Anchor signIn = new Anchor(Routes.LOGIN + "?next=" + Routes.JOIN + "/" + token,
                getTranslation("join.haveAccount"));
        signIn.setId("join-sign-in");
        card.add(register, signIn);
    }

    private ChildFields childFields(InvitationView invitation) {
        if (invitation.invitation().role() != Role.PARENT) {
            return new ChildFields(null, null);
        }
        TextField name = field(new TextField(), "join-child", "join.field.child");
        ComboBox<SchoolClass> childClass = new ComboBox<>(getTranslation("join.field.childClass"));
        childClass.setItems(classes.findClasses());
        childClass.setItemLabelGenerator(SchoolClass::label);
        childClass.setWidthFull();
        childClass.setId("join-child-class");
        if (invitation.invitation().classId() != null) {
            classes.findClass(invitation.invitation().classId()).ifPresent(childClass::setValue);
        }
        card.add(name, childClass);
        return new ChildFields(name, childClass);
    }

    private void finish(JoinOutcome outcome) {
        getUI().ifPresent(ui -> ui.navigate(outcome.pending() ? Routes.WAITING : Routes.HOME));
    }

    private <T extends com.vaadin.flow.component.HasLabel & com.vaadin.flow.component.HasSize> T field(
            T component, String id, String labelKey) {
        component.setLabel(getTranslation(labelKey));
        component.setWidthFull();
        ((com.vaadin.flow.component.Component) component).setId(id);
        return component;
    }

    /** The child a parent names: by name, in a class; both empty for other roles. */
    private record ChildFields(TextField nameField, ComboBox<SchoolClass> classField) {
        String name() {
            return nameField == null ? null : nameField.getValue();
        }

        Long classId() {
            return classField == null || classField.getValue() == null ? null : classField.getValue().id();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title");
    }
}
