package ru.parta.school;

import java.time.LocalDate;
import java.time.Month;

/** Russian academic years start on 1 September; from August on, the coming year is current. */
public final class AcademicYear {

    private AcademicYear() {
    }

    public static int containing(LocalDate date) {
        return date.getMonthValue() >= Month.AUGUST.getValue() ? date.getYear() : date.getYear() - 1;
    }

    public static String label(int startYear) {
        return startYear + "/" + (startYear + 1);
    }
}
