package ru.parta.rules;

/** One document of the rules as an administrator writes it and everyone reads it. */
public record RulesText(String title, String body) {
}
