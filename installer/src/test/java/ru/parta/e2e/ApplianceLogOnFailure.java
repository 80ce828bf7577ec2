package ru.parta.e2e;

import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * When a browser test fails, prints the end of the log of every appliance it started, so a failure
 * seen only in CI tells what the server was doing (the appliance is already stopped by then).
 */
final class ApplianceLogOnFailure implements BeforeEachCallback, TestWatcher {

    private static final int TAIL_LINES = 120;

    @Override
    public void beforeEach(ExtensionContext context) {
        RunningAppliance.forgetStarted();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        for (RunningAppliance appliance : RunningAppliance.started()) {
            List<String> log = appliance.log();
            System.out.println("---- appliance on " + appliance.baseUrl() + ", last " + TAIL_LINES + " log lines ----");
            log.subList(Math.max(0, log.size() - TAIL_LINES), log.size()).forEach(System.out::println);
        }
    }
}
