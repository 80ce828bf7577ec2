package ru.parta.ui;

/** Route paths, in one place so features can forward to each other without depending on each other. */
public final class Routes {

    public static final String HOME = "";
    public static final String LOGIN = "login";
    public static final String SETUP = "setup";
    public static final String FORBIDDEN = "forbidden";

    private Routes() {
    }
}
