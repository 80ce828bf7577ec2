package ru.parta.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * A download link for a file the server makes when clicked (an exported sheet): made then, as the
 * person asks, with their rights checked by the service at that moment.
 */
public final class Downloads {

    private Downloads() {
    }

    public static Anchor link(String id, String label, String fileName, String mediaType,
                              SerializableSupplier<byte[]> make) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = make.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(label));
        link.setId(id);
        link.addClassName("ack-download");
        link.getElement().setAttribute("download", true);
        return link;
    }
}
