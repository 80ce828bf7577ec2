package ru.parta.live;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** Limits of the live connections ({@code parta.live.*}); the defaults suit a school of 2,000. */
@ConfigurationProperties("parta.live")
public class LiveProperties {

    /** Frames waiting for one slow tab before it is dropped (it reconnects and catches up). */
    private int queueFrames = 1_000;
    /** Bytes waiting for one slow tab before it is dropped. */
    private int queueBytes = 1 << 20;
    /** Recent frames each topic keeps in memory for tabs that reconnect. */
    private int rememberedFrames = 512;
    /** Follow and leave requests one tab may make per second, on average. */
    private int requestsPerSecond = 20;
    /** Requests one tab may make at once before the average applies. */
    private int requestBurst = 200;
    /** Topics one tab may follow at once (a chat list follows every chat of its person). */
    private int topicsPerTab = 1_000;
    /** A tab that sends nothing (not even its ping) for this long is closed. */
    private Duration idleTimeout = Duration.ofSeconds(75);

    public int getQueueFrames() {
        return queueFrames;
    }

    public void setQueueFrames(int queueFrames) {
        this.queueFrames = queueFrames;
    }

    public int getQueueBytes() {
        return queueBytes;
    }

    public void setQueueBytes(int queueBytes) {
        this.queueBytes = queueBytes;
    }

    public int getRememberedFrames() {
        return rememberedFrames;
    }

    public void setRememberedFrames(int rememberedFrames) {
        this.rememberedFrames = rememberedFrames;
    }

    public int getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public void setRequestsPerSecond(int requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    public int getRequestBurst() {
        return requestBurst;
    }

    public void setRequestBurst(int requestBurst) {
        this.requestBurst = requestBurst;
    }

    public int getTopicsPerTab() {
        return topicsPerTab;
    }

    public void setTopicsPerTab(int topicsPerTab) {
        this.topicsPerTab = topicsPerTab;
    }

    public Duration getIdleTimeout() {
        return idleTimeout;
    }

    public void setIdleTimeout(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }
}
