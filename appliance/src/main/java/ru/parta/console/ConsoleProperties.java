package ru.parta.console;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** SSH console settings (docs/operations.md, "parta.console"). */
@ConfigurationProperties("parta.console")
public class ConsoleProperties {

    private boolean enabled = true;
    /** 0: any free port (tests). */
    private int port = 2222;
    private String host = "0.0.0.0";
    /** Address ranges allowed to connect ("10.0.0.0/8", "192.168.1.20"); empty: any. */
    private List<String> allowedAddresses = new ArrayList<>();
    /** Keys allowed to sign in as any administrator, one per line as in OpenSSH; a missing file is no keys. */
    private String authorizedKeys = "config/authorized_keys";
    /** Failed sign-ins from one address within the window before it is refused for a while. */
    private int failureLimit = 10;
    private Duration failureWindow = Duration.ofMinutes(10);
    private Duration lockDuration = Duration.ofMinutes(10);
    /** A session that sends nothing for this long is closed. */
    private Duration idleTimeout = Duration.ofMinutes(30);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public List<String> getAllowedAddresses() {
        return allowedAddresses;
    }

    public void setAllowedAddresses(List<String> allowedAddresses) {
        this.allowedAddresses = allowedAddresses == null ? new ArrayList<>() : allowedAddresses;
    }

    public String getAuthorizedKeys() {
        return authorizedKeys;
    }

    public void setAuthorizedKeys(String authorizedKeys) {
        this.authorizedKeys = authorizedKeys;
    }

    public int getFailureLimit() {
        return failureLimit;
    }

    public void setFailureLimit(int failureLimit) {
        this.failureLimit = failureLimit;
    }

    public Duration getFailureWindow() {
        return failureWindow;
    }

    public void setFailureWindow(Duration failureWindow) {
        this.failureWindow = failureWindow;
    }

    public Duration getLockDuration() {
        return lockDuration;
    }

    public void setLockDuration(Duration lockDuration) {
        this.lockDuration = lockDuration;
    }

    public Duration getIdleTimeout() {
        return idleTimeout;
    }

    public void setIdleTimeout(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }
}
