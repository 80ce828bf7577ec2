package ru.parta.chat;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** Limits of chats; defaults here, overrides in config (see docs/operations.md). */
@ConfigurationProperties("parta.chat")
public class ChatProperties {

    private int maxMessageLength = 4000;
    private int maxMessagesPerWindow = 20;
    private Duration rateWindow = Duration.ofSeconds(10);
    private int maxAttachments = 10;
    private int maxMentions = 20;
    private int maxReactionsPerWindow = 30;

    public int getMaxMessageLength() {
        return maxMessageLength;
    }

    public void setMaxMessageLength(int maxMessageLength) {
        this.maxMessageLength = maxMessageLength;
    }

    public int getMaxMessagesPerWindow() {
        return maxMessagesPerWindow;
    }

    public void setMaxMessagesPerWindow(int maxMessagesPerWindow) {
        this.maxMessagesPerWindow = maxMessagesPerWindow;
    }

    public Duration getRateWindow() {
        return rateWindow;
    }

    public void setRateWindow(Duration rateWindow) {
        this.rateWindow = rateWindow;
    }

    public int getMaxAttachments() {
        return maxAttachments;
    }

    public void setMaxAttachments(int maxAttachments) {
        this.maxAttachments = maxAttachments;
    }

    public int getMaxMentions() {
        return maxMentions;
    }

    public void setMaxMentions(int maxMentions) {
        this.maxMentions = maxMentions;
    }

    public int getMaxReactionsPerWindow() {
        return maxReactionsPerWindow;
    }

    public void setMaxReactionsPerWindow(int maxReactionsPerWindow) {
        this.maxReactionsPerWindow = maxReactionsPerWindow;
    }
}
