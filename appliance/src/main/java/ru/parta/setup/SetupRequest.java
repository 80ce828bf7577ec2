package ru.parta.setup;

/** What the first-run wizard collects. */
public record SetupRequest(String setupCode, String schoolName, String timeZone, String administratorName,
                           String administratorLogin, String administratorPassword) {
}
