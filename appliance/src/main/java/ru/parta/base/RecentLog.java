package ru.parta.base;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The last lines of the log kept in memory (a Logback appender, named in {@code logback.xml}), for
 * the console's {@code logs} command: the box's owner reads them without shell access to the
 * journal. Lines are formatted once; followers are told of each new one.
 */
public class RecentLog extends AppenderBase<ILoggingEvent> {

    private static final int KEPT = 2000;
    private static final Deque<String> LINES = new ArrayDeque<>();
    private static final List<Consumer<String>> FOLLOWERS = new CopyOnWriteArrayList<>();

    private PatternLayout layout;

    @Override
    public void start() {
        layout = new PatternLayout();
        layout.setContext(getContext());
        layout.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{36} - %msg%n%ex{5}");
        layout.start();
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        String line = layout.doLayout(event).stripTrailing();
        synchronized (LINES) {
            LINES.addLast(line);
            if (LINES.size() > KEPT) {
                LINES.removeFirst();
            }
        }
        FOLLOWERS.forEach(follower -> follower.accept(line));
    }

    /** The newest {@code count} lines, oldest first. */
    public static List<String> last(int count) {
        synchronized (LINES) {
            List<String> all = new ArrayList<>(LINES);
            return all.subList(Math.max(0, all.size() - count), all.size());
        }
    }

    /** Tells {@code follower} each new line until the returned handle is closed. */
    public static AutoCloseable follow(Consumer<String> follower) {
        FOLLOWERS.add(follower);
        return () -> FOLLOWERS.remove(follower);
    }
}
