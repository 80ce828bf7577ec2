package ru.parta.school;

/** The staff room holds every current staff member by itself; custom groups hold who is added. */
public enum GroupKind {
    STAFF_ROOM,
    CUSTOM
}
