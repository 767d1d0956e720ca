package org.thesisbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core's independence is enforced here, not by hope. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.thesisbot");

    @Test
    void core_depends_on_no_slack_javalin_langchain4j_or_jackson() {
        noClasses().that().resideInAPackage("org.thesisbot.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.slack..", "io.javalin..", "dev.langchain4j..", "com.fasterxml.jackson..",
                        "org.eclipse.jetty..", "io.micrometer..", "org.yaml..")
                .because("the core is plain Java: adapters live in llm/, slack/, web/ and config/")
                .check(MAIN);
    }

    @Test
    void core_does_not_depend_on_its_adapters() {
        noClasses().that().resideInAPackage("org.thesisbot.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.thesisbot.llm..", "org.thesisbot.slack..", "org.thesisbot.web..", "org.thesisbot.config..")
                .check(MAIN);
    }

    @Test
    void the_archunit_import_sees_the_core() {
        // guards the rules above against an empty import (a rule over no classes passes vacuously)
        org.junit.jupiter.api.Assertions.assertTrue(MAIN.contain("org.thesisbot.core.scenario.Calculator"));
    }
}
