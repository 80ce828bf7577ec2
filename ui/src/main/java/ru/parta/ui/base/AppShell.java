package ru.parta.ui.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.inject.Singleton;

/**
 * Page-wide settings. Push uses WebSocket from server to browser and plain requests from browser
 * to server (WEBSOCKET_XHR): updates arrive at once, while every user action is an ordinary HTTP
 * request that carries the session cookie (so the session id can be changed at sign-in) and
 * survives a flaky Wi-Fi reconnect; where WebSocket is blocked Atmosphere falls back to long
 * polling by itself.
 */
@Singleton
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/parta.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1, viewport-fit=cover");
        settings.setPageTitle("Парта");
    }
}
