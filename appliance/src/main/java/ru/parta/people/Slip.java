package ru.parta.people;

/** One activation slip as printed: who, in which role and class, the code and where to enter it. */
public record Slip(String fullName, String roleLine, String code, String link, String validUntil) {
}
