package ru.parta.live;

/**
 * A token bucket: {@code burst} requests at once, then {@code perSecond} on average. A tab that
 * asks to follow and leave ten thousand times is answered "limited" and, if it keeps on, closed.
 */
final class RequestAllowance {

    private final double perNano;
    private final double burst;
    private double tokens;
    private long checkedAt = System.nanoTime();

    RequestAllowance(int perSecond, int burst) {
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.tokens = burst;
    }

    synchronized boolean take() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - checkedAt) * perNano);
        checkedAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
