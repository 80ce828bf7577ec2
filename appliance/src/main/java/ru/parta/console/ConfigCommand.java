package ru.parta.console;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import ru.parta.access.Permissions;
import ru.parta.access.Role;

/** {@code config}: the settings in effect (defaults, files, environment), secrets masked. */
@Singleton
class ConfigCommand implements ConsoleCommand {

    private static final List<String> PREFIXES = List.of("parta", "datasources", "flyway", "micronaut.application");
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|private|credential).*");

    private final Environment environment;
    private final Permissions permissions;

    ConfigCommand(Environment environment, Permissions permissions) {
        this.environment = environment;
        this.permissions = permissions;
    }

    @Override
    public String name() {
        return "config";
    }

    @Override
    public int run(Invocation in) {
        permissions.requireAnyRole(in.actor(), Role.ADMIN);
        Map<String, String> settings = new TreeMap<>();
        for (String prefix : PREFIXES) {
            flatten(prefix, environment.getProperties(prefix), settings);
        }
        settings.forEach((key, value) -> in.line(key + " = " + (SECRET.matcher(key).matches() && !value.isEmpty()
                ? "********" : value)));
        return ConsoleCommands.OK;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> values, Map<String, String> into) {
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String key = prefix + "." + entry.getKey();
            if (entry.getValue() instanceof Map<?, ?> nested) {
                flatten(key, (Map<String, Object>) nested, into);
            } else {
                into.put(key.toLowerCase(Locale.ROOT), String.valueOf(entry.getValue()));
            }
        }
    }
}
