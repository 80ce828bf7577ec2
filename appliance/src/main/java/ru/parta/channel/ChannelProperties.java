package ru.parta.channel;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** Channel settings (docs/operations.md). */
@ConfigurationProperties("parta.channel")
public class ChannelProperties {

    /** How long after a reminder about an announcement the next one may go. */
    private Duration reminderInterval = Duration.ofHours(1);

    public Duration getReminderInterval() {
        return reminderInterval;
    }

    public void setReminderInterval(Duration reminderInterval) {
        this.reminderInterval = reminderInterval;
    }
}
