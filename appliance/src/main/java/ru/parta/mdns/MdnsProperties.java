package ru.parta.mdns;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.Locale;
import java.util.Optional;

/** mDNS settings (docs/operations.md); defaults here. */
@ConfigurationProperties("parta.mdns")
public class MdnsProperties {

    private boolean enabled = true;
    /** The name before {@code .local}: {@code parta} makes {@code parta.local}. */
    private String name = "parta";

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The full name announced ({@code parta.local}), when announcing is on: the HTTPS certificate names it too. */
    public Optional<String> localName() {
        return enabled ? Optional.of(label() + ".local") : Optional.empty();
    }

    /** The name as a host label: letters, digits and hyphens. */
    String label() {
        String label = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (label.endsWith(".local")) {
            label = label.substring(0, label.length() - ".local".length());
        }
        label = label.replaceAll("[^a-z0-9-]", "-").replaceAll("^-+|-+$", "");
        return label.isEmpty() ? "parta" : label;
    }
}
