package ru.parta.people;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;

/**
 * Not a test: a benchmark that prints figures (docs/performance.md says how to run it). A school
 * of 60 classes, 1,500 students and 1,500 parent lines imported from Windows-1251 files, then the
 * people screen's queries timed for an administrator and for a teacher.
 */
@EnabledIfSystemProperty(named = "parta.benchmark", matches = "true")
@MicronautTest(startApplication = false, transactional = false)
class RosterBenchmark {

    private static final int WARMUP = 30;
    private static final int RUNS = 200;

    @Inject
    PersonaSchool personaSchool;

    @Inject
    RosterImportService roster;

    @Inject
    ClassService classes;

    @Inject
    PeopleDirectory directory;

    @Inject
    AccountService accounts;

    @Test
    void wholeSchoolRoster() {
        PersonaSchool.Persona p = personaSchool.create();
        String letters = "АБВГДЕ";
        List<String> labels = new ArrayList<>();
        for (int grade = 1; grade <= 11 && labels.size() < 60; grade++) {
            for (char letter : letters.toCharArray()) {
                if (labels.size() < 60 && classes.findByLabel(grade + "" + letter).isEmpty()) {
                    classes.createClass(grade, String.valueOf(letter), null, Actor.of(p.smirnova()));
                }
                if (labels.size() < 60) {
                    labels.add(grade + "" + letter);
                }
            }
        }
        StringBuilder students = new StringBuilder("ФИО;Класс;Дата рождения\r\n");
        StringBuilder parents = new StringBuilder("ФИО родителя;ФИО ребёнка;Класс;Телефон\r\n");
        for (int i = 0; i < 1500; i++) {
            String label = labels.get(i % labels.size());
            String child = "Ученикова " + name(i) + " Тестовна";
            students.append(child).append(';').append(label).append(';')
                    .append(String.format(Locale.ROOT, "%02d.%02d.2015", 1 + i % 28, 1 + i % 12)).append("\r\n");
            parents.append("Родителева ").append(name(i)).append(" Мамовна;").append(child).append(';').append(label)
                    .append(";+7 900 000-").append(String.format(Locale.ROOT, "%02d-%02d", i / 100, i % 100))
                    .append("\r\n");
        }
        Charset cp1251 = Charset.forName("windows-1251");
        byte[] studentFile = students.toString().getBytes(cp1251);
        byte[] parentFile = parents.toString().getBytes(cp1251);

        long t0 = System.nanoTime();
        roster.previewRoster(RosterKind.STUDENTS, studentFile);
        long previewMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        roster.importRoster(RosterKind.STUDENTS, studentFile, Actor.of(p.smirnova()), RosterProgress.NONE);
        long importStudentsMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        roster.importRoster(RosterKind.PARENTS, parentFile, Actor.of(p.smirnova()), RosterProgress.NONE);
        long importParentsMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        RosterPreview again = roster.importRoster(RosterKind.STUDENTS, studentFile, Actor.of(p.smirnova()), RosterProgress.NONE);
        long reimportMs = (System.nanoTime() - t0) / 1_000_000;

        AccountSummary admin = accounts.findPerson(p.smirnova()).orElseThrow();
        AccountSummary teacher = accounts.findPerson(p.kuznetsov()).orElseThrow();
        SchoolClass some = classes.findByLabel("7В").orElseThrow();
        int everyone = directory.countPeople(admin, PeopleFilter.ALL);

        System.out.printf(Locale.ROOT, "%nRoster benchmark: %d people, %d classes, %d cores, Java %s%n", everyone,
                labels.size(), Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.printf(Locale.ROOT, "| step | time |%n|---|---|%n");
        System.out.printf(Locale.ROOT, "| preview 1,500 students (cp1251) | %d ms |%n", previewMs);
        System.out.printf(Locale.ROOT, "| import 1,500 students | %d ms |%n", importStudentsMs);
        System.out.printf(Locale.ROOT, "| import 1,500 parent lines | %d ms |%n", importParentsMs);
        System.out.printf(Locale.ROOT, "| re-import students (%d unchanged) | %d ms |%n",
                again.count(PlannedLine.Action.UNCHANGED), reimportMs);
        System.out.printf(Locale.ROOT, "| query | p50 | p95 |%n|---|---|---|%n");
        time("admin: first page of 50 + count", () -> page(admin, PeopleFilter.ALL, 0));
        time("admin: page 20 (offset 1,000)", () -> page(admin, PeopleFilter.ALL, 1000));
        time("admin: search \"ученикова а\"", () -> page(admin, PeopleFilter.ALL.withText("ученикова а"), 0));
        time("admin: class filter 7В", () -> page(admin, new PeopleFilter(null, null, some.id(), null, null), 0));
        time("teacher (2 classes): first page + count", () -> page(teacher, PeopleFilter.ALL, 0));
    }

    private int page(AccountSummary viewer, PeopleFilter filter, int offset) {
        return directory.findPeople(viewer, filter, offset, 50).size() + directory.countPeople(viewer, filter);
    }

    private static void time(String what, Supplier<Integer> query) {
        for (int i = 0; i < WARMUP; i++) {
            query.get();
        }
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "| %s | %.2f ms | %.2f ms |%n", what, micros[RUNS / 2] / 1000.0,
                micros[RUNS * 95 / 100] / 1000.0);
    }

    /** Distinct, pronounceable names: "Аба", "Абв", ... */
    private static String name(int i) {
        String syllables = "АБВГДЕЖЗИКЛМНОПРСТУФХ";
        return "" + syllables.charAt(i % 21) + Character.toLowerCase(syllables.charAt(i / 21 % 21))
                + Character.toLowerCase(syllables.charAt(i / 441 % 21)) + "а";
    }
}
