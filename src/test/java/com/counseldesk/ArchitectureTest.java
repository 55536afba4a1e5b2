package com.counseldesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout's rules (README, "How the code is laid out"): one folder per capability, a shared core
 * ({@code family}), infrastructure that knows no feature ({@code common}), JavaFX only in ui code.
 */
class ArchitectureTest {
    private static final String ROOT = "com.counseldesk";
    private static final String[] FEATURES = {"family", "walkin", "office", "sample", "consult", "hotline", "contract", "report"};
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void featureFoldersFormNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void javaFxOnlyInUiCode() {
        noClasses().that().resideOutsideOfPackages("..ui..", ROOT + ".app..", ROOT + ".common.fx..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(main);
    }

    @Test
    void commonKnowsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".common..")
                .should().dependOnClassesThat().resideInAnyPackage(features(".."))
                .orShould().dependOnClassesThat().resideInAPackage(ROOT + ".app..")
                .check(main);
    }

    @Test
    void onlyTheLauncherUsesTheShell() {
        classes().that().resideInAPackage(ROOT + ".app..")
                .should().onlyHaveDependentClassesThat().resideInAnyPackage(ROOT + ".app..", ROOT)
                .check(main);
        noClasses().that().resideInAPackage(ROOT + ".common..").should().dependOnClassesThat()
                .haveFullyQualifiedName(ROOT + ".Launcher").check(main);
    }

    @Test
    void aDaoIsUsedOnlyInsideItsOwnFeature() {
        classes().that().haveSimpleNameEndingWith("Dao").should(beUsedOnlyByTheirOwnPackage()).check(main);
    }

    @Test
    void rulesAndServicesKnowNoScreen() {
        noClasses().that().resideOutsideOfPackages("..ui..", ROOT + ".app..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(main);
    }

    private static String[] features(String suffix) {
        String[] out = new String[FEATURES.length];
        for (int i = 0; i < FEATURES.length; i++) {
            out[i] = ROOT + "." + FEATURES[i] + suffix;
        }
        return out;
    }

    /** A DAO's callers live in the DAO's own package (its feature's services), nowhere else. */
    private static ArchCondition<JavaClass> beUsedOnlyByTheirOwnPackage() {
        return new ArchCondition<>("be used only by classes of their own package") {
            @Override
            public void check(JavaClass dao, ConditionEvents events) {
                dao.getDirectDependenciesToSelf().stream()
                        .filter(d -> !d.getOriginClass().getPackageName().equals(dao.getPackageName()))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }
}
