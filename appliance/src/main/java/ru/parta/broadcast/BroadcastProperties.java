package ru.parta.broadcast;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** Classroom display settings (docs/operations.md, "parta.broadcast"). */
@ConfigurationProperties("parta.broadcast")
public class BroadcastProperties {

    /** How long a pairing code on a display's screen stays valid. */
    private Duration pairingCodeLife = Duration.ofMinutes(10);
    /** Wrong pairing codes one administrator may enter within {@link #pairingWindow} before a pause. */
    private int pairingAttempts = 10;
    private Duration pairingWindow = Duration.ofMinutes(10);
    /** Pairing codes one address may ask for within {@link #pairingWindow} (a display renews its code every few minutes). */
    private int pairingCodesPerAddress = 60;
    /** The most pages of a PDF shown as slides. */
    private int maxSlides = 300;
    /** The size slides are drawn at (fits a Full HD projector; the browser scales). */
    private int slideWidth = 1920;
    private int slideHeight = 1080;
    /** How often planned broadcasts are started and stopped. */
    private Duration scheduleCheck = Duration.ofSeconds(10);

    public Duration getPairingCodeLife() {
        return pairingCodeLife;
    }

    public void setPairingCodeLife(Duration pairingCodeLife) {
        this.pairingCodeLife = pairingCodeLife;
    }

    public int getPairingAttempts() {
        return pairingAttempts;
    }

    public void setPairingAttempts(int pairingAttempts) {
        this.pairingAttempts = pairingAttempts;
    }

    public Duration getPairingWindow() {
        return pairingWindow;
    }

    public void setPairingWindow(Duration pairingWindow) {
        this.pairingWindow = pairingWindow;
    }

    public int getPairingCodesPerAddress() {
        return pairingCodesPerAddress;
    }

    public void setPairingCodesPerAddress(int pairingCodesPerAddress) {
        this.pairingCodesPerAddress = pairingCodesPerAddress;
    }

    public int getMaxSlides() {
        return maxSlides;
    }

    public void setMaxSlides(int maxSlides) {
        this.maxSlides = maxSlides;
    }

    public int getSlideWidth() {
        return slideWidth;
    }

    public void setSlideWidth(int slideWidth) {
        this.slideWidth = slideWidth;
    }

    public int getSlideHeight() {
        return slideHeight;
    }

    public void setSlideHeight(int slideHeight) {
        this.slideHeight = slideHeight;
    }

    public Duration getScheduleCheck() {
        return scheduleCheck;
    }

    public void setScheduleCheck(Duration scheduleCheck) {
        this.scheduleCheck = scheduleCheck;
    }
}
