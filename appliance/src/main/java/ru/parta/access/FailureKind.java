package ru.parta.access;

/** What a recorded failure was: a wrong password, or a wrong one-time code (activation, setup, invitation). */
enum FailureKind {
    SIGN_IN,
    CODE
}
