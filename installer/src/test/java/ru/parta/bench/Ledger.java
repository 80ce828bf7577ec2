package ru.parta.bench;

import java.util.Arrays;
import java.util.BitSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Who was sent what and who got it: every message carries a sequence number; each receiver's
 * arrivals are kept as a set, so a second arrival is a duplicate and a missing one is lost.
 * Latency is from the moment the sender started sending to the first arrival.
 */
final class Ledger {

    private final long[] sentNanos;
    private final long[] sentEpochMicros;
    private final int[] chatOf;
    private final AtomicInteger next = new AtomicInteger(1);
    private final BitSet[] seen;
    private final int[] expected;
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong strays = new AtomicLong();
    private final AtomicLong arrivals = new AtomicLong();
    private long[] latencies = new long[1 << 16];
    private int latencyCount;

    Ledger(int receivers, int maxMessages) {
        sentNanos = new long[maxMessages + 2];
        sentEpochMicros = new long[maxMessages + 2];
        chatOf = new int[maxMessages + 2];
        expected = new int[maxMessages + 2];
        seen = new BitSet[receivers];
        for (int i = 0; i < receivers; i++) {
            seen[i] = new BitSet();
        }
    }

    /** Takes the next sequence number for a message to {@code chat} that {@code receivers} should get. */
    int take(int chat, int receivers) {
        int sequence = next.getAndIncrement();
        if (sequence >= sentNanos.length) {
            throw new IllegalStateException("more messages than the ledger was made for");
        }
        chatOf[sequence] = chat;
        expected[sequence] = receivers;
        return sequence;
    }

    /** The server refused the message: nobody is owed it. */
    void refused(int sequence) {
        expected[sequence] = 0;
    }

    void sending(int sequence) {
        java.time.Instant now = java.time.Instant.now();
        sentEpochMicros[sequence] = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
        sentNanos[sequence] = System.nanoTime();
    }

    /** When sending began, on the wall clock (which a browser on this machine shares), in microseconds. */
    long sentEpochMicros(int sequence) {
        return sentEpochMicros[sequence];
    }

    long sentAt(int sequence) {
        return sentNanos[sequence];
    }

    /** A receiver's arrival; {@code receiverChat} is the chat that receiver has open. */
    void arrived(int receiver, int receiverChat, int sequence, long nanos) {
        if (sequence <= 0 || sequence >= sentNanos.length || chatOf[sequence] != receiverChat) {
            strays.incrementAndGet();
            return;
        }
        BitSet mine = seen[receiver];
        boolean first;
        synchronized (mine) {
            first = !mine.get(sequence);
            mine.set(sequence);
        }
        if (!first) {
            duplicates.incrementAndGet();
            return;
        }
        arrivals.incrementAndGet();
        long sent = sentNanos[sequence];
        if (sent > 0) {
            record(nanos - sent);
        }
    }

    private synchronized void record(long latency) {
        if (latencyCount == latencies.length) {
            latencies = Arrays.copyOf(latencies, latencies.length * 2);
        }
        latencies[latencyCount++] = latency;
    }

    long expectedDeliveries(int fromSequence, int toSequence) {
        long sum = 0;
        for (int s = fromSequence; s < toSequence; s++) {
            sum += expected[s];
        }
        return sum;
    }

    /** Receivers missing the most of the given messages, for the report: "index:missing". */
    String worstReceivers(int fromSequence, int toSequence, int count) {
        java.util.List<int[]> missing = new java.util.ArrayList<>();
        for (int r = 0; r < seen.length; r++) {
            int got;
            synchronized (seen[r]) {
                got = seen[r].get(fromSequence, toSequence).cardinality();
            }
            missing.add(new int[] {r, (toSequence - fromSequence) - got});
        }
        missing.sort((a, b) -> b[1] - a[1]);
        return missing.stream().limit(count).map(m -> m[0] + ":" + m[1]).collect(java.util.stream.Collectors.joining(" "));
    }

    int nextSequence() {
        return next.get();
    }

    long arrivals() {
        return arrivals.get();
    }

    long duplicates() {
        return duplicates.get();
    }

    long strays() {
        return strays.get();
    }

    /** Latencies recorded so far, sorted, in nanoseconds; then forgets them (one phase at a time). */
    synchronized long[] drainLatencies() {
        long[] sorted = Arrays.copyOf(latencies, latencyCount);
        Arrays.sort(sorted);
        latencyCount = 0;
        return sorted;
    }

    static double percentileMillis(long[] sortedNanos, double percentile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }
}
