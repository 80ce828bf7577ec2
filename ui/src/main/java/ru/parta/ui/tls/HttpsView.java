package ru.parta.ui.tls;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import io.micronaut.context.annotation.Prototype;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import ru.parta.access.Role;
import ru.parta.school.SchoolService;
import ru.parta.tls.HttpsService;
import ru.parta.tls.HttpsStatus;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LabelledLine;
import ru.parta.ui.home.MainLayout;

/**
 * HTTPS for administrators: which certificate is served and until when, the school's root with a
 * QR code for phones, and the confirmation that turns on HSTS once the devices trust it.
 */
@Prototype
@Route(value = Routes.HTTPS, layout = MainLayout.class)
@AllowedRoles({Role.ADMIN})
public class HttpsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final HttpsService https;
    private final ZoneId zone;
    private final Div content = new Div();

    public HttpsView(HttpsService https, SchoolService schools) {
        this.https = https;
        this.zone = schools.zone();
        addClassName("page");
        content.addClassName("https-page");
        add(new H2(getTranslation("https.title")), content);
        show();
    }

    private void show() {
        HttpsStatus status = https.findHttpsStatus();
        content.removeAll();
        if (!status.enabled()) {
            content.add(new Paragraph(getTranslation("https.disabled")));
            return;
        }
        if (status.expiresSoon()) {
            Paragraph warning = new Paragraph(getTranslation(status.ownCertificate() ? "https.ownExpires" : "https.renewing",
                    day(status.notAfter())));
            warning.addClassName("warning");
            warning.setId("https-expiry-warning");
            content.add(warning);
        }
        content.add(line("https.certificate", getTranslation(status.ownCertificate() ? "https.own" : "https.local")),
                line("https.validUntil", day(status.notAfter())),
                line("https.names", String.join(", ", status.names())),
                line("https.ports", getTranslation("https.portsAre", status.httpsPort(), status.httpPort())),
                line("https.redirect", getTranslation(status.redirect() ? "https.redirectOn" : "https.redirectOff")));
        if (status.authorityFingerprint() != null) {
            Div fingerprint = line("https.fingerprint", status.authorityFingerprint());
            fingerprint.setId("https-fingerprint");
            content.add(new H3(getTranslation("https.devices")), new Paragraph(getTranslation("https.devicesWhy")),
                    fingerprint, new CertificateLink(status));
        }
        content.add(new H3(getTranslation("https.hsts")), hsts(status));
    }

    private Div hsts(HttpsStatus status) {
        Div hsts = new Div();
        hsts.setId("https-hsts");
        if (status.hstsOn()) {
            Button withdraw = new Button(getTranslation("https.withdraw"), click -> {
                https.withdrawHttpsConfirmation(CurrentAccount.actor());
                show();
            });
            withdraw.setId("https-withdraw");
            hsts.add(new Paragraph(getTranslation("https.hstsOn", day(status.confirmedAt()))), withdraw);
        } else if (!status.hstsPossible()) {
            hsts.add(new Paragraph(getTranslation("https.hstsNeedsStandardPorts")));
        } else {
            Button confirm = new Button(getTranslation("https.confirm"), click -> {
                https.confirmHttps(CurrentAccount.actor(), seenOverHttps());
                show();
            });
            confirm.setId("https-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            hsts.add(new Paragraph(getTranslation("https.hstsOff")), confirm);
        }
        return hsts;
    }

    /** This page itself came over HTTPS (a browser warning would have stopped it coming this far). */
    private static boolean seenOverHttps() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.isSecure();
    }

    private Div line(String labelKey, String value) {
        return LabelledLine.of(this, labelKey, value);
    }

    private String day(Instant at) {
        return at == null ? "—" : DAY.format(at.atZone(zone));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("https.title");
    }
}
