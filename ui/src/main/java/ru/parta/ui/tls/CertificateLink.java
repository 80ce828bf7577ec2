package ru.parta.ui.tls;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import ru.parta.base.QrCodes;
import ru.parta.base.web.Origin;
import ru.parta.tls.HttpsStatus;

/**
 * The way to the school's root certificate for a phone: a QR code and a link to the instructions
 * page over plain HTTP (the phone does not trust HTTPS yet), at the name this browser used.
 */
public class CertificateLink extends Div {

    public CertificateLink(HttpsStatus status) {
        addClassName("certificate-link");
        String address = instructionsAddress(status);
        Anchor link = new Anchor(address, getTranslation("https.instructions"));
        link.setId("certificate-instructions");
        link.setTarget("_blank");
        Svg qr = new Svg(QrCodes.svg(address, getTranslation("https.qrName")));
        qr.addClassName("certificate-qr");
        add(qr, new Div(new Paragraph(getTranslation("https.scan")), link));
    }

    static String instructionsAddress(HttpsStatus status) {
        String host = VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                ? request.getHttpServletRequest().getServerName() : "localhost";
        return Origin.of("http", host, status.httpPort()) + "/certificate";
    }
}
