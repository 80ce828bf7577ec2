package ru.parta.ui.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.parta.people.PersonaSchool;
import ru.parta.school.SchoolClass;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.support.MicronautBrowserlessTest;

@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class SchoolViewsTest extends MicronautBrowserlessTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    SchoolService schools;

    @Test
    void anAdministratorCreatesAClassAndADuplicateIsRefusedClearly() {
        personaSchool.create();
        signInAs("smirnova", PersonaSchool.PASSWORD);
        assertInstanceOf(ClassesView.class, open(Routes.CLASSES));
        @SuppressWarnings("unchecked")
        Select<Integer> grade = $(Select.class).id("class-grade");
        test(grade).selectItem("7");
        test($(TextField.class).id("class-letter")).setValue("в");
        click($(Button.class).id("class-create"));
        @SuppressWarnings("unchecked")
        Grid<SchoolClass> grid = $(Grid.class).id("classes-grid");
        assertEquals(List.of("5А", "6Б", "7В"), grid.getGenericDataView().getItems().map(SchoolClass::label).toList());
        test($(TextField.class).id("class-letter")).setValue("B");
        click($(Button.class).id("class-create"));
        assertTrue(notifications().contains("Класс 7В уже есть."), notifications().toString());
    }

    @Test
    void aTeacherSeesOnlyTheirClassesAndCannotOpenAnother() {
        PersonaSchool.Persona p = personaSchool.create();
        signInAs("ivanova", PersonaSchool.PASSWORD);
        open(Routes.CLASSES);
        @SuppressWarnings("unchecked")
        Grid<SchoolClass> grid = $(Grid.class).id("classes-grid");
        assertEquals(List.of("5А"), grid.getGenericDataView().getItems().map(SchoolClass::label).toList());
        assertInstanceOf(ClassView.class, open(Routes.schoolClass(p.class5a())));
        assertTrue($(com.vaadin.flow.component.html.Anchor.class).withId("class-slips").exists(),
                "the class teacher prints her class's slips");
        assertInstanceOf(ClassesView.class, open(Routes.schoolClass(p.class6b())));
    }

    @Test
    void theProfileSavesAndTheRolloverMovesTheYearOnce() {
        personaSchool.create();
        signInAs("smirnova", PersonaSchool.PASSWORD);
        open(Routes.SCHOOL_PROFILE);
        test($(TextField.class).id("school-name")).setValue("");
        click($(Button.class).id("school-save"));
        assertTrue(notifications().contains("Укажите название образовательной организации."));
        assertEquals("Школа №1", schools.requireSchool().name(), "nothing was saved");
        test($(TextField.class).id("school-name")).setValue("МБОУ «Школа №1»");
        click($(Button.class).id("school-save"));
        assertEquals("МБОУ «Школа №1»", schools.requireSchool().name());

        assertEquals("Текущий учебный год: 2026/2027", test($(Paragraph.class).id("school-year")).getText());
        click($(Button.class).id("rollover-open"));
        assertEquals("Классов: 2. Выпускников: 0.", test($(Paragraph.class).id("rollover-summary")).getText());
        click($(Button.class).id("rollover-confirm"));
        assertEquals("Текущий учебный год: 2027/2028", test($(Paragraph.class).id("school-year")).getText());
        assertEquals(2027, schools.requireSchool().academicYear());
    }
}
