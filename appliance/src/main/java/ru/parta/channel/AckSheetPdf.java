package ru.parta.channel;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.parta.base.SignatureSheetPdf;
import ru.parta.base.i18n.Messages;

/**
 * An announcement's acknowledgement sheet in the form schools file: "С документом ознакомлены"
 * (name, class, date and time), those who have not, and the families told outside Parta.
 */
final class AckSheetPdf {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Messages messages;
    private final String schoolName;
    private final ZoneId zone;

    AckSheetPdf(Messages messages, String schoolName, ZoneId zone) {
        this.messages = messages;
        this.schoolName = schoolName;
        this.zone = zone;
    }

    byte[] render(AckSheet sheet) {
        List<String> columns = List.of(t("ack.pdf.name"), t("ack.pdf.class"), t("ack.pdf.time"));
        float[] widths = {250, 90, 130};
        List<AckSheet.Entry> confirmed = sheet.entries().stream().filter(AckSheet.Entry::acknowledged).toList();
        List<SignatureSheetPdf.Table> tables = new ArrayList<>();
        tables.add(new SignatureSheetPdf.Table(t("ack.pdf.confirmed", confirmed.size(), sheet.entries().size()),
                columns, widths, confirmed.stream().map(e -> List.of(e.fullName(), e.classLabel(),
                        time(e.acknowledgedAt()))).toList()));
        if (!sheet.pending().isEmpty()) {
            tables.add(new SignatureSheetPdf.Table(t("ack.pdf.pending", sheet.pending().size()), columns, widths,
                    sheet.pending().stream().map(e -> List.of(e.fullName(), e.classLabel(), "")).toList()));
        }
        if (!sheet.outside().isEmpty()) {
            tables.add(new SignatureSheetPdf.Table(t("ack.pdf.outside", sheet.outside().size()),
                    List.of(t("ack.pdf.parent"), t("ack.pdf.child"), t("ack.pdf.contact"), t("ack.pdf.informed")),
                    new float[] {150, 110, 100, 110}, sheet.outside().stream().map(family -> List.of(
                            family.parentName(),
                            family.childName() + (family.classLabel() == null ? "" : ", " + family.classLabel()),
                            t(family.channel().messageKey()) + (family.contact() == null || family.contact().isBlank()
                                    ? "" : ": " + family.contact()),
                            family.informed() ? time(family.informedAt()) : "—")).toList()));
        }
        return SignatureSheetPdf.render(schoolName, t("ack.pdf.title"), List.of(t("ack.pdf.channel",
                sheet.channelName()), t("ack.pdf.posted", sheet.authorName(), time(sheet.postedAt()))), sheet.text(),
                tables, t("ack.pdf.signature"));
    }

    private String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private String t(String key, Object... args) {
        return messages.translate(key, Messages.RUSSIAN, args);
    }
}
