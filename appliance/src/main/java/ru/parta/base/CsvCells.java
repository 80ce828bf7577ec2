package ru.parta.base;

/**
 * Cells of the CSV files Parta writes for Excel: text that Excel would read as a formula (starting
 * with =, +, -, @ or a tab) gets a leading apostrophe, so an exported name can never run anything.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
