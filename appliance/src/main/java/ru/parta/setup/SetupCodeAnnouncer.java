package ru.parta.setup;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Prints the setup code once per start while the installation is not set up. */
@Singleton
class SetupCodeAnnouncer {

    private static final Logger LOG = LoggerFactory.getLogger(SetupCodeAnnouncer.class);

    private final SetupService setupService;

    SetupCodeAnnouncer(SetupService setupService) {
        this.setupService = setupService;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        setupService.issueSetupCode().ifPresent(code -> LOG.warn(
                "Parta is not set up yet. Open it in a browser and enter this one-time setup code: {}", code));
    }
}
