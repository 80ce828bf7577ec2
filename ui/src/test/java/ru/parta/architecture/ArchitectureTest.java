package ru.parta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import io.micronaut.data.repository.GenericRepository;
import org.junit.jupiter.api.Test;

/** The boundaries of DESIGN.md, checked on the compiled production classes of core and UI. */
class ArchitectureTest {

    private static final JavaClasses PARTA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("ru.parta");

    @Test
    void theCoreNeverDependsOnTheUiOrVaadin() {
        noClasses().that().resideInAPackage("ru.parta..").and().resideOutsideOfPackage("ru.parta.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("ru.parta.ui..", "com.vaadin..")
                .check(PARTA);
    }

    @Test
    void theUiNeverTouchesRepositories() {
        noClasses().that().resideInAPackage("ru.parta.ui..")
                .should().dependOnClassesThat().areAssignableTo(GenericRepository.class)
                .check(PARTA);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirOwnFeature() {
        classes().that().areAssignableTo(GenericRepository.class).and().areInterfaces()
                .should(beUsedOnlyFromTheirOwnPackage())
                .check(PARTA);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        SlicesRuleDefinition.slices().assignedFrom(FEATURES).should().beFreeOfCycles().check(PARTA);
    }

    /** A feature is a package under ru.parta (core) or ru.parta.ui (its UI twin), each its own slice. */
    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            String rest = name.startsWith("ru.parta.ui.") ? "ui." + name.substring("ru.parta.ui.".length())
                    : name.startsWith("ru.parta.") ? name.substring("ru.parta.".length()) : null;
            if (rest == null) {
                return SliceIdentifier.ignore();
            }
            String[] parts = rest.split("\\.");
            String feature = parts[0].equals("ui") && parts.length > 1 ? "ui." + parts[1] : parts[0];
            return SliceIdentifier.of(feature);
        }

        @Override
        public String getDescription() {
            return "features of ru.parta and ru.parta.ui";
        }
    };

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be used only from their own feature package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !dependency.getOriginClass().getPackageName()
                                .equals(repository.getPackageName()))
                        .filter(dependency -> !dependency.getOriginClass().getName()
                                .startsWith(repository.getName() + "$"))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription())));
            }
        };
    }
}
