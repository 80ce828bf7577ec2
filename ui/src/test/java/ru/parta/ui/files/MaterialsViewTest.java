package ru.parta.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.files.MaterialEntry;
import ru.parta.files.MaterialFolder;
import ru.parta.files.MaterialService;
import ru.parta.people.PersonaSchool;
import ru.parta.school.SchoolClass;
import ru.parta.ui.Routes;
import ru.parta.ui.support.MicronautBrowserlessTest;

@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class MaterialsViewTest extends MicronautBrowserlessTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    MaterialService materials;

    @Test
    void aTeacherMakesAFolderAndStudentsSeeOnlyTheirClass() {
        PersonaSchool.Persona p = personaSchool.create();
        signInAs("kuznetsov", PersonaSchool.PASSWORD);
        assertInstanceOf(MaterialsView.class, open(Routes.MATERIALS));
        @SuppressWarnings("unchecked")
        ComboBox<SchoolClass> classes = $(ComboBox.class).id("materials-class");
        assertEquals(List.of("5А", "6Б"), classes.getGenericDataView().getItems().map(SchoolClass::label).toList());
        @SuppressWarnings("unchecked")
        ComboBox<String> subject = $(ComboBox.class).id("materials-subject");
        test(subject).selectItem("Математика");
        test($(TextField.class).id("materials-folder-name")).setValue("Дроби");
        click($(Button.class).id("materials-create-folder"));
        @SuppressWarnings("unchecked")
        Grid<MaterialFolder> folders = $(Grid.class).id("materials-folders");
        MaterialFolder created = folders.getGenericDataView().getItems().findFirst().orElseThrow();
        materials.uploadMaterial(created.id(), "Задачи.txt", new ByteArrayInputStream("1/2 + 1/3".getBytes()),
                Actor.of(p.kuznetsov()));

        signInAs("petrov", PersonaSchool.PASSWORD);
        open(Routes.MATERIALS);
        @SuppressWarnings("unchecked")
        ComboBox<SchoolClass> mine = $(ComboBox.class).id("materials-class");
        assertEquals(List.of("5А"), mine.getGenericDataView().getItems().map(SchoolClass::label).toList());
        assertFalse($(Button.class).withId("materials-create-folder").exists(), "students do not manage");
        @SuppressWarnings("unchecked")
        Grid<MaterialFolder> hisFolders = $(Grid.class).id("materials-folders");
        hisFolders.select(hisFolders.getGenericDataView().getItems().findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<MaterialEntry> items = $(Grid.class).id("materials-items");
        assertTrue(items.getGenericDataView().getItems().anyMatch(e -> e.file().name().equals("Задачи.txt")));

        signInAs("volkov", PersonaSchool.PASSWORD);
        open(Routes.MATERIALS);
        @SuppressWarnings("unchecked")
        ComboBox<SchoolClass> his = $(ComboBox.class).id("materials-class");
        assertEquals(List.of("6Б"), his.getGenericDataView().getItems().map(SchoolClass::label).toList());
    }
}
