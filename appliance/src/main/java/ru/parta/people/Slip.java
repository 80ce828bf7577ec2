package ru.parta.people;

/**
 * One activation slip as printed: who, in which role and class, the code, the page to type it on
 * and the link (with the code) its QR code holds.
 */
public record Slip(String fullName, String roleLine, String code, String pageAddress, String link,
                   String validUntil) {
}
