package ru.parta.tls;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** HTTPS settings (docs/operations.md); defaults here. */
@ConfigurationProperties("parta.https")
public class TlsProperties {

    private boolean enabled = true;
    /** Plain HTTP answers with a redirect to HTTPS (but for the root certificate and its instructions). */
    private boolean redirect = true;
    private int port = 8443;
    /** Extra names the server certificate must carry (a DNS name the district gives the box). */
    private List<String> names = new ArrayList<>();
    /** The administrator's own certificate chain and key (PEM); empty: the local authority issues one. */
    private String certificate = "";
    private String privateKey = "";
    /** Browsers and phones accept at most 398 days for a server certificate; Apple at most 825 for local roots. */
    private Duration serverValidity = Duration.ofDays(397);
    private Duration renewBefore = Duration.ofDays(30);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isRedirect() {
        return redirect;
    }

    public void setRedirect(boolean redirect) {
        this.redirect = redirect;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public List<String> getNames() {
        return names;
    }

    public void setNames(List<String> names) {
        this.names = names;
    }

    public String getCertificate() {
        return certificate;
    }

    public void setCertificate(String certificate) {
        this.certificate = certificate;
    }

    public String getPrivateKey() {
        return privateKey;
    }

    public void setPrivateKey(String privateKey) {
        this.privateKey = privateKey;
    }

    public Duration getServerValidity() {
        return serverValidity;
    }

    public void setServerValidity(Duration serverValidity) {
        this.serverValidity = serverValidity;
    }

    public Duration getRenewBefore() {
        return renewBefore;
    }

    public void setRenewBefore(Duration renewBefore) {
        this.renewBefore = renewBefore;
    }
}
