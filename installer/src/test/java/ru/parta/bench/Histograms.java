package ru.parta.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What one more unit (an open chat screen) adds, class by class: two live-object histograms subtracted. */
final class Histograms {

    private Histograms() {
    }

    static String perUnit(String before, String after, int units, int lines) {
        Map<String, long[]> was = parse(before);
        Map<String, long[]> now = parse(after);
        List<Map.Entry<String, long[]>> grown = new ArrayList<>();
        now.forEach((type, counts) -> {
            long[] old = was.getOrDefault(type, new long[2]);
            grown.add(Map.entry(type, new long[] {counts[0] - old[0], counts[1] - old[1]}));
        });
        grown.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        long total = grown.stream().mapToLong(e -> e.getValue()[1]).sum();
        StringBuilder out = new StringBuilder(String.format("per unit (%d units): %.1f KB in all%n", units,
                total / 1024.0 / units));
        out.append(String.format("%12s %12s  %s%n", "objects", "bytes", "class"));
        grown.stream().limit(lines).forEach(e -> out.append(String.format("%12.1f %12.0f  %s%n",
                e.getValue()[0] / (double) units, e.getValue()[1] / (double) units, e.getKey())));
        return out.toString();
    }

    private static Map<String, long[]> parse(String histogram) {
        Map<String, long[]> counts = new HashMap<>();
        for (String line : histogram.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                counts.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
        }
        return counts;
    }
}
