package ru.parta.moderation;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The filter from the command line ({@code ./parta.sh filter-check}): one message a line on
 * standard input, one verdict a line on standard output — {@code FLAG <rule>} or {@code PASS} —
 * with exactly the filter and default lists the server uses.
 */
public final class FilterCheck {

    private FilterCheck() {
    }

    public static void main(String[] args) throws Exception {
        ContentFilter filter = ContentFilter.standard();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                FilterVerdict verdict = filter.check(line);
                out.println(verdict.passed() ? "PASS" : "FLAG " + verdict.ruleId());
            }
        }
        out.flush();
    }
}
