package ru.parta.files;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Parta's one policy on file types (docs/security.md "Files"):
 * <ul>
 * <li>programs, scripts and installable packages are refused for everyone: by the type the bytes
 * show, by the type the name implies (Windows and Android decide what runs by the name), and by a
 * short list of runnable extensions Tika has no type for. A type is refused when it, or any type it
 * is a kind of in Tika's registry, is on the list, so {@code application/x-msdownload;
 * format=pe64} is refused as a kind of {@code application/x-msdownload};</li>
 * <li>only an allow-list is ever shown inline (raster images, PDF, audio, video, plain text);
 * everything else goes out as a download.</li>
 * </ul>
 */
final class FileTypes {

    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private static final Set<MediaType> REFUSED = Set.of(
            // Windows, Linux and macOS programs and installers
            "application/x-msdownload", "application/x-dosexec", "application/vnd.microsoft.portable-executable",
            "application/x-ms-installer", "application/x-msi", "application/x-ms-application",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-mach-o",
            "application/x-mach-o-executable", "application/x-mach-binary", "application/x-apple-diskimage",
            "application/x-debian-package", "application/x-redhat-package-manager", "application/x-rpm",
            // Java programs and Android/iOS app packages (an .apk is a kind of Java archive)
            "application/java-archive", "application/java-vm", "application/x-java-applet",
            "application/x-java-jnlp-file", "application/vnd.android.package-archive", "application/x-itunes-ipa",
            // scripts
            "application/x-sh", "application/x-bat", "text/javascript", "application/javascript",
            "application/x-javascript", "text/x-vbscript", "text/x-python", "text/x-perl", "application/x-httpd-php",
            "text/x-php", "application/x-powershell", "application/vnd.ms-htmlhelp", "application/hta")
            .stream().map(MediaType::parse).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Runnable by their name alone, and unknown to Tika (so the name's type cannot tell). */
    private static final Set<String> REFUSED_EXTENSIONS = Set.of("ps1", "psm1", "psd1", "ps1xml", "psc1", "hta",
            "vbe", "jse", "wsf", "wsh", "ws", "scr", "pif", "cpl", "lnk", "reg", "msc", "msp", "mst", "scf", "inf",
            "appx", "appxbundle", "msix", "msixbundle", "xapk", "apks", "aab", "gadget", "application", "com", "exe",
            "dll", "sys", "drv", "ocx", "run", "command", "desktop", "url");

    private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "image/bmp", "application/pdf", "text/plain");

    private FileTypes() {
    }

    /** True when either the detected type or the type the name implies is a program or a script. */
    static boolean refused(String detectedType, String nameType, String fileName) {
        return isRefusedType(detectedType) || isRefusedType(nameType) || REFUSED_EXTENSIONS.contains(extension(fileName));
    }

    /** A type already stored (files kept before this policy) that may no longer be handed out. */
    static boolean refused(String storedType) {
        return isRefusedType(storedType);
    }

    /** Only what a browser shows without running anything: raster images, PDF, audio, video, plain text. */
    static boolean showsInline(String mediaType) {
        String base = baseType(mediaType);
        return INLINE.contains(base) || base.startsWith("audio/") || base.startsWith("video/");
    }

    /** "text/plain; charset=windows-1251" → "text/plain". */
    static String baseType(String mediaType) {
        MediaType parsed = MediaType.parse(mediaType);
        return parsed == null ? "application/octet-stream" : parsed.getBaseType().toString();
    }

    private static boolean isRefusedType(String mediaType) {
        MediaType type = MediaType.parse(mediaType);
        if (type == null) {
            return false;
        }
        // Tika's registry knows "x-msdownload;format=pe64" as a kind of "x-msdownload;format=pe", which is a
        // kind of "x-msdownload": walk the full type first (parameters name the kind), then its base.
        for (MediaType start : new MediaType[] {REGISTRY.normalize(type), type.getBaseType()}) {
            for (MediaType t = start; t != null; t = REGISTRY.getSupertype(t)) {
                if (REFUSED.contains(t) || REFUSED.contains(t.getBaseType())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }
}
