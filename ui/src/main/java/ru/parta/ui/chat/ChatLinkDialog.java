package ru.parta.ui.chat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import ru.parta.base.QrCodes;
import ru.parta.chat.ChatLink;
import ru.parta.chat.ChatLinkService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.CurrentAccount;

/** The link (and QR code) that lets people of the school join a teacher's chat; new or revoke. */
class ChatLinkDialog extends Dialog {

    private final ChatLinkService links;
    private final long conversationId;
    private final long viewerId;
    private final String baseUrl;
    private final ZoneId zone;
    private final Div body = new Div();

    ChatLinkDialog(ChatLinkService links, long conversationId, long viewerId, String baseUrl, ZoneId zone) {
        this.links = links;
        this.conversationId = conversationId;
        this.viewerId = viewerId;
        this.baseUrl = baseUrl;
        this.zone = zone;
        setHeaderTitle(getTranslation("chat.link.title"));
        addClassName("chat-dialog");
        setId("chat-link-dialog");
        add(body);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        show();
    }

    private void show() {
        body.removeAll();
        body.add(new Paragraph(getTranslation("chat.link.hint")));
        links.findChatLink(conversationId, viewerId).ifPresentOrElse(this::showLink, () -> {
            Button create = new Button(getTranslation("chat.link.create"), click -> {
                links.createChatLink(conversationId, CurrentAccount.actor());
                show();
            });
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("chat-link-create");
            body.add(create);
        });
    }

    private void showLink(ChatLink link) {
        String address = baseUrl + "/" + Routes.chatJoin(link.token());
        TextField field = new TextField();
        field.setAriaLabel(getTranslation("chat.link.address"));
        field.setValue(address);
        field.setReadOnly(true);
        field.setWidthFull();
        field.setId("chat-link-address");
        Svg qr = new Svg(QrCodes.svg(address, getTranslation("chat.link.qrName")));
        qr.addClassName("big-qr");
        Locale locale = getLocale() == null ? Locale.of("ru") : getLocale();
        Paragraph until = new Paragraph(getTranslation("chat.link.until",
                DateTimeFormatter.ofPattern("d MMMM, HH:mm", locale).format(link.expiresAt().atZone(zone))));
        Button renew = new Button(getTranslation("chat.link.renew"), click -> {
            links.createChatLink(conversationId, CurrentAccount.actor());
            show();
        });
        Button revoke = new Button(getTranslation("chat.link.revoke"), click -> {
            links.revokeChatLink(conversationId, CurrentAccount.actor());
            show();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.setId("chat-link-revoke");
        Div actions = new Div(renew, revoke);
        actions.addClassName("row-actions");
        body.add(field, qr, until, actions);
    }
}
