package ru.parta.ui.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ru.parta.people.PersonaSchool;
import ru.parta.tls.HttpsService;
import ru.parta.ui.Routes;
import ru.parta.ui.support.MicronautBrowserlessTest;

/**
 * The wizard offers the school's root before anyone signs in; the HTTPS page shows an
 * administrator the certificate, its fingerprint and the QR code for phones, and explains why
 * strict HTTPS waits (not on ports 80 and 443 here) instead of offering a button that would fail.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpsViewTest extends MicronautBrowserlessTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return Map.of("parta.https.enabled", "true");
    }

    @Inject
    PersonaSchool personaSchool;
    @Inject
    HttpsService https;

    @Test
    void theWizardAndTheHttpsPageOfferTheSchoolsRootWithItsFingerprint() {
        open(Routes.SETUP);
        Div offered = $(Div.class).id("setup-certificate");
        assertTrue(offered.getElement().getTextRecursively().contains("корневой сертификат школы"));
        assertTrue($(Anchor.class).id("certificate-instructions").getHref().endsWith("/certificate"));

        personaSchool.create();
        signInAs("smirnova", PersonaSchool.PASSWORD);
        open(Routes.HTTPS);
        String fingerprint = https.findHttpsStatus().authorityFingerprint();
        assertTrue($(Div.class).id("https-fingerprint").getElement().getTextRecursively().contains(fingerprint));
        assertEquals(1, $(Svg.class).all().size(), "the QR code for phones");
        Div hsts = $(Div.class).id("https-hsts");
        assertTrue(hsts.getElement().getTextRecursively().contains("портах 80 и 443"), hsts.getElement().getTextRecursively());
        assertTrue($(Button.class).all().stream().noneMatch(b -> "https-confirm".equals(b.getId().orElse(""))));

        signInAs("ivanova", PersonaSchool.PASSWORD);
        open(Routes.HTTPS);
        assertFalse(UI.getCurrent().getInternals().getActiveViewLocation().getPath().equals(Routes.HTTPS),
                "a teacher is not let in");
    }
}
