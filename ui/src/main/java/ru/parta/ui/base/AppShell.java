package ru.parta.ui.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.inject.Singleton;

/**
 * Page-wide settings. No Vaadin push: every user action is an ordinary HTTP request that carries
 * the session cookie (so the session id can be changed at sign-in) and survives a flaky Wi-Fi
 * reconnect; what the server has to say unasked travels on the tab's one live connection
 * (ru.parta.live), including "come and fetch your screen's changes" ({@link TabSync}).
 */
@Singleton
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/parta.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1, viewport-fit=cover");
        settings.setPageTitle("Парта");
        // An installable app (InstallableApp): manifest, icons, and the service worker keeping the shell.
        settings.addLink("manifest", InstallableApp.MANIFEST);
        settings.addFavIcon("icon", "/icons/favicon-32.png", "32x32");
        settings.addLink("apple-touch-icon", "/icons/apple-touch-icon.png");
        settings.addMetaTag("theme-color", InstallableApp.THEME_COLOUR);
        settings.addMetaTag("apple-mobile-web-app-capable", "yes");
        settings.addInlineWithContents(Inline.Position.APPEND,
                "if ('serviceWorker' in navigator) { navigator.serviceWorker.register('/parta-sw.js'); }",
                Inline.Wrapping.JAVASCRIPT);
    }
}
