package ru.parta.files;

import java.util.Set;

/**
 * What Parta does with a detected type: programs and scripts are refused; active content (HTML,
 * SVG, XML, JavaScript) is kept but only ever served as a download, never rendered by the browser.
 */
final class FileTypes {

    private static final Set<String> REFUSED = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-mach-binary",
            "application/x-sh", "application/x-bat", "application/x-msi", "application/java-archive",
            "application/java-vm", "application/x-java-applet", "application/vnd.microsoft.portable-executable",
            "text/x-python", "application/x-httpd-php", "text/x-perl");
    private static final Set<String> ACTIVE = Set.of("text/html", "application/xhtml+xml", "image/svg+xml",
            "application/xml", "text/xml", "application/javascript", "text/javascript", "application/x-shockwave-flash");

    private FileTypes() {
    }

    static boolean refused(String mediaType) {
        return REFUSED.contains(mediaType);
    }

    static boolean active(String mediaType) {
        return ACTIVE.contains(mediaType) || mediaType.endsWith("+xml");
    }
}
