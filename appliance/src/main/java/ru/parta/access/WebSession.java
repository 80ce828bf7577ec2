package ru.parta.access;

/**
 * The attributes the web UI keeps in the HTTP session at sign-in, so that plain servlets (file
 * downloads) can tell who is asking without knowing the UI framework.
 */
public final class WebSession {

    public static final String ACCOUNT_ID = "parta.accountId";
    public static final String SESSION_ID = "parta.sessionId";

    private WebSession() {
    }
}
