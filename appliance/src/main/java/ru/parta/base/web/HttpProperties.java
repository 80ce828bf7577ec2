package ru.parta.base.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * The one port Parta serves on. {@code PARTA_HTTP_PORT} (or {@code parta.http.port}) changes it;
 * 0 takes a free port, which tests use.
 */
@ConfigurationProperties("parta.http")
public class HttpProperties {

    private int port = 8080;
    private String host = "0.0.0.0";
    private Duration shutdownTimeout = Duration.ofSeconds(10);
    private Duration sessionTimeout = Duration.ofMinutes(30);
    /** The address people type to reach Parta (printed on slips); empty: the address the admin's browser used. */
    private String publicUrl = "";

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

    public Duration getShutdownTimeout() {
        return shutdownTimeout;
    }

    public void setShutdownTimeout(Duration shutdownTimeout) {
        this.shutdownTimeout = shutdownTimeout;
    }

    public Duration getSessionTimeout() {
        return sessionTimeout;
    }

    public void setSessionTimeout(Duration sessionTimeout) {
        this.sessionTimeout = sessionTimeout;
    }

    public String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(String publicUrl) {
        this.publicUrl = publicUrl;
    }
}
