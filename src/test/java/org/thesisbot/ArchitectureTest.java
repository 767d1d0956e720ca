package org.thesisbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
                        "org.eclipse.jetty..", "io.micrometer..", "org.yaml..", "redis.clients..", "org.apache.commons.pool2..",
                        "com.github.benmanes.caffeine..")
                .because("the core is plain Java: adapters live in llm/, slack/, web/, state/ and config/")
                .check(MAIN);
    }

    @Test
    void core_does_not_depend_on_its_adapters() {
        noClasses().that().resideInAPackage("org.thesisbot.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.thesisbot.llm..", "org.thesisbot.slack..", "org.thesisbot.web..", "org.thesisbot.config..",
                        "org.thesisbot.state..")
                .check(MAIN);
    }

    @Test
    void slack_and_web_use_state_through_its_ports_only() {
        noClasses().that().resideInAnyPackage("org.thesisbot.slack..", "org.thesisbot.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.thesisbot.state..", "redis.clients..")
                .because("the composition root picks the state backend; the edges see core.state ports")
                .check(MAIN);
    }

    @Test
    void the_packages_inside_the_core_have_no_cycles() {
        slices().matching("org.thesisbot.core.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void the_top_level_packages_have_no_cycles() {
        slices().matching("org.thesisbot.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void shared_types_in_core_api_depend_on_nothing_else_of_ours() {
        noClasses().that().resideInAPackage("org.thesisbot.core.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.thesisbot.core.assistant..",
                        "org.thesisbot.core.scenario..", "org.thesisbot.core.grounding..", "org.thesisbot.core.route..",
                        "org.thesisbot.core.state..", "org.thesisbot.slack..", "org.thesisbot.web..", "org.thesisbot.llm..")
                .check(MAIN);
    }

    @Test
    void slack_does_not_reach_into_web() {
        noClasses().that().resideInAPackage("org.thesisbot.slack..")
                .should().dependOnClassesThat().resideInAPackage("org.thesisbot.web..")
                .check(MAIN);
    }

    @Test
    void the_archunit_import_sees_the_core() {
        // guards the rules above against an empty import (a rule over no classes passes vacuously)
        org.junit.jupiter.api.Assertions.assertTrue(MAIN.contain("org.thesisbot.core.scenario.Calculator"));
    }
}
