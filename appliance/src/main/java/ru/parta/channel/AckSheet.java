package ru.parta.channel;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.parta.people.ContactChannel;

/**
 * Who has confirmed an announcement and who has not: the channel's readers (its authors do not
 * confirm), each with their classes (a parent's are their children's), and the families of the
 * audience who refused Parta, to be told by phone, e-mail or in person. {@code nextReminderAt}: when
 * the next reminder may go, if not at once.
 */
public record AckSheet(long messageId, long conversationId, String channelName, String authorName, Instant postedAt,
                       String text, List<Entry> entries, List<Outside> outside, @Nullable Instant lastReminderAt,
                       @Nullable Instant nextReminderAt) {

    public AckSheet {
        entries = List.copyOf(entries);
        outside = List.copyOf(outside);
    }

    /** A reader: {@code kind} STUDENT, PARENT or STAFF; {@code classes} their class labels, "" for none. */
    public record Entry(long accountId, String fullName, String kind, List<String> classes,
                        @Nullable Instant acknowledgedAt) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }

        /** Their classes as one cell: "5А" or "5А, 7Б"; empty for staff. */
        public String classLabel() {
            return String.join(", ", classes);
        }
    }

    /** A family on the opt-out register within the audience, and whether someone told them. */
    public record Outside(long optOutId, String parentName, String childName, @Nullable String classLabel,
                          ContactChannel channel, @Nullable String contact, @Nullable Instant informedAt,
                          @Nullable String informedBy) {

        public boolean informed() {
            return informedAt != null;
        }
    }

    public int acknowledgedCount() {
        return (int) entries.stream().filter(Entry::acknowledged).count();
    }

    public List<Entry> pending() {
        return entries.stream().filter(e -> !e.acknowledged()).toList();
    }

    /** Confirmed / all per class label ("" for readers without a class), in label order. */
    public Map<String, int[]> byClass() {
        Map<String, int[]> counts = new java.util.TreeMap<>(AckSheet::compareLabels);
        for (Entry entry : entries) {
            List<String> labels = entry.classes().isEmpty() ? List.of("") : entry.classes();
            for (String label : labels) {
                int[] count = counts.computeIfAbsent(label, k -> new int[2]);
                count[1]++;
                if (entry.acknowledged()) {
                    count[0]++;
                }
            }
        }
        return new LinkedHashMap<>(counts);
    }

    /** "5А" before "10Б": by grade number, then letter; the classless last. */
    static int compareLabels(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() == b.isEmpty() ? 0 : a.isEmpty() ? 1 : -1;
        }
        int gradeA = grade(a);
        int gradeB = grade(b);
        return gradeA != gradeB ? Integer.compare(gradeA, gradeB) : a.compareTo(b);
    }

    private static int grade(String label) {
        int end = 0;
        while (end < label.length() && Character.isDigit(label.charAt(end))) {
            end++;
        }
        return end == 0 ? Integer.MAX_VALUE : Integer.parseInt(label.substring(0, end));
    }
}
