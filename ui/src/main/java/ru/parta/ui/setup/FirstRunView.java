package ru.parta.ui.setup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import ru.parta.base.PartaException;
import ru.parta.setup.SetupRequest;
import ru.parta.setup.SetupService;
import ru.parta.tls.HttpsService;
import ru.parta.tls.HttpsStatus;
import ru.parta.ui.Routes;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.access.SetupPage;
import ru.parta.ui.base.LanguageSwitch;
import ru.parta.ui.base.TimeZones;
import ru.parta.ui.tls.CertificateLink;

/**
 * First run: the setup code from the server log, the school's name and timezone, and the first
 * administrator. One submit; the service creates everything or nothing.
 */
@Prototype
@Route(Routes.SETUP)
@SetupPage
public class FirstRunView extends VerticalLayout implements HasDynamicTitle {

    private final SetupService setupService;
    private final TextField setupCode = new TextField();
    private final TextField schoolName = new TextField();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final TextField adminName = new TextField();
    private final TextField adminLogin = new TextField();
    private final PasswordField adminPassword = new PasswordField();
    private final PasswordField adminPasswordAgain = new PasswordField();

    public FirstRunView(SetupService setupService, TimeZones timeZones, HttpsService https) {
        this.setupService = setupService;
        addClassName("centered-page");

        Div card = new Div();
        card.addClassNames("form-card", "wide");
        H1 title = new H1(getTranslation("setup.title"));
        title.addClassName("brand");

        field(setupCode, "setupCode", "setup.field.code");
        setupCode.setHelperText(getTranslation("setup.field.code.help"));
        setupCode.setAutofocus(true);
        field(schoolName, "schoolName", "setup.field.schoolName");
        timeZone.setLabel(getTranslation("setup.field.timeZone"));
        timeZone.setItemLabelGenerator(timeZones.labels(this));
        timeZone.setId("timeZone");
        List<String> zones = timeZones.all();
        timeZone.setItems(zones);
        timeZone.setValue(timeZones.serverDefault());
        timeZone.setWidthFull();
        field(adminName, "adminName", "setup.field.adminName");
        field(adminLogin, "adminLogin", "setup.field.adminLogin");
        field(adminPassword, "adminPassword", "setup.field.adminPassword");
        adminPassword.setHelperText(getTranslation("setup.field.adminPassword.help"));
        field(adminPasswordAgain, "adminPasswordAgain", "setup.field.adminPasswordAgain");

        FormLayout school = new FormLayout(schoolName, timeZone);
        school.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FormLayout admin = new FormLayout(adminName, adminLogin, adminPassword, adminPasswordAgain);
        admin.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        admin.setColspan(adminName, 2);
        admin.setColspan(adminLogin, 2);

        Button finish = new Button(getTranslation("setup.action.finish"), click -> finish());
        finish.setId("finish-setup");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        finish.setWidthFull();

        card.add(new LanguageSwitch(), title, new Paragraph(getTranslation("setup.intro")), setupCode,
                new H3(getTranslation("setup.section.school")), school,
                new H3(getTranslation("setup.section.admin")), admin, finish);
        HttpsStatus status = https.findHttpsStatus();
        if (status.authorityFingerprint() != null) {
            // The school's devices will need its root before HTTPS opens without warnings: offered from the start.
            Div secure = new Div(new H3(getTranslation("setup.section.certificate")),
                    new Paragraph(getTranslation("setup.certificate")), new CertificateLink(status));
            secure.setId("setup-certificate");
            card.add(secure);
        }
        add(card);
    }

    private void finish() {
        if (!adminPassword.getValue().equals(adminPasswordAgain.getValue())) {
            throw PartaException.invalid("setup.passwordsDiffer");
        }
        setupService.completeSetup(new SetupRequest(setupCode.getValue(), schoolName.getValue(),
                timeZone.getValue(), adminName.getValue(), adminLogin.getValue(), adminPassword.getValue()),
                CurrentAccount.clientAddress());
        Notification done = Notification.show(getTranslation("setup.done"), 8000, Notification.Position.TOP_CENTER);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(Routes.LOGIN));
    }

    private void field(TextField component, String id, String labelKey) {
        component.setId(id);
        component.setLabel(getTranslation(labelKey));
        component.setWidthFull();
    }

    private void field(PasswordField component, String id, String labelKey) {
        component.setId(id);
        component.setLabel(getTranslation(labelKey));
        component.setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }
}
