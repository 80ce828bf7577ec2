package ru.parta.ui.account;

import io.micronaut.core.annotation.Nullable;

/** A short, readable name for a browser from its User-Agent: enough to recognise one's own devices. */
final class Browsers {

    private Browsers() {
    }

    static String describe(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "?";
        }
        String browser = userAgent.contains("YaBrowser") ? "Yandex Browser"
                : userAgent.contains("Edg/") ? "Edge"
                : userAgent.contains("Firefox/") ? "Firefox"
                : userAgent.contains("Chrome/") || userAgent.contains("Chromium/") ? "Chrome"
                : userAgent.contains("Safari/") ? "Safari" : "";
        String system = userAgent.contains("Android") ? "Android"
                : userAgent.contains("iPhone") || userAgent.contains("iPad") ? "iOS"
                : userAgent.contains("Windows") ? "Windows"
                : userAgent.contains("Mac OS") ? "macOS"
                : userAgent.contains("Linux") ? "Linux" : "";
        String described = (browser + (system.isEmpty() ? "" : ", " + system)).strip();
        return described.isEmpty() || described.startsWith(",") ? userAgent.substring(0, Math.min(60, userAgent.length()))
                : described;
    }
}
