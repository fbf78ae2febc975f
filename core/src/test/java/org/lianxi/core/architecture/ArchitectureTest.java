package org.lianxi.core.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The shape of {@code lianxi-core} (CONVENTIONS.md, COMMON standards): what each package may depend
 * on, and the library's habits (no printing, no logging, no mutable statics, time only from an
 * injected clock). Rules about packages that do not exist yet pass while empty.
 */
@AnalyzeClasses(packages = "org.lianxi.core", importOptions = DoNotIncludeTests.class)
class ArchitectureTest {

  // ------------------------------------------------------------------ dependencies

  @ArchTest
  static final ArchRule domain_depends_only_on_java_guava_immutables_and_itself =
      classes()
          .that()
          .resideInAPackage("org.lianxi.core.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..", "com.google.common..", "org.immutables..", "org.lianxi.core.domain..");

  @ArchTest
  static final ArchRule calendar_depends_only_on_java_guava_immutables_and_the_domain =
      classes()
          .that()
          .resideInAPackage("org.lianxi.core.calendar..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "com.google.common..",
              "org.immutables..",
              "org.lianxi.core.domain..",
              "org.lianxi.core.calendar..");

  @ArchTest
  static final ArchRule generated_code_carries_no_javax_annotation_annotations =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javax.annotation..")
          .because(
              "the style's allowedClasspathAnnotations keeps @Nullable, @Generated and the like"
                  + " out of generated code (annotations of SOURCE retention leave no trace to"
                  + " check)");

  @ArchTest
  static final ArchRule ports_do_not_depend_on_adapters =
      noClasses()
          .that()
          .resideInAPackage("org.lianxi.core.port..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.lianxi.core.memory..",
              "org.lianxi.core.document..",
              "org.lianxi.jdbc..",
              "org.lianxi.csv..");

  @ArchTest
  static final ArchRule core_depends_on_no_other_lianxi_module =
      noClasses()
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.lianxi..").and(resideOutsideOfPackage("org.lianxi.core..")))
          .because("adapters live in their own modules and depend on the core, not back");

  @ArchTest
  static final ArchRule core_does_not_use_jdbc =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");

  @ArchTest
  static final ArchRule only_the_document_package_sees_jackson =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.lianxi.core.document..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson..");

  @ArchTest
  static final ArchRule the_domain_is_not_shaped_by_codecs =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.lianxi.core.domain..",
              "org.lianxi.core.calendar..",
              "org.lianxi.core.policy..",
              "org.lianxi.core.evaluation..",
              "org.lianxi.core.integrity..",
              "org.lianxi.core.report..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.lianxi.core.document..", "org.lianxi.core.memory..")
          .allowEmptyShould(true);

  // ------------------------------------------------------------------ habits

  @ArchTest
  static final ArchRule no_printing = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule no_java_util_logging =
      GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest
  static final ArchRule no_logging_framework =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.util.logging..",
              "org.slf4j..",
              "org.apache.logging..",
              "org.apache.commons.logging..",
              "org.apache.log4j..",
              "ch.qos.logback..");

  @ArchTest
  static final ArchRule no_mutable_static_fields =
      fields()
          .that()
          .areStatic()
          .and()
          .doNotHaveModifier(JavaModifier.SYNTHETIC)
          .should()
          .beFinal()
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule time_comes_only_from_an_injected_clock =
      noClasses()
          .should()
          .callMethod(LocalDate.class, "now")
          .orShould()
          .callMethod(LocalDate.class, "now", ZoneId.class)
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now", ZoneId.class)
          .orShould()
          .callMethod(LocalTime.class, "now")
          .orShould()
          .callMethod(ZonedDateTime.class, "now")
          .orShould()
          .callMethod(OffsetDateTime.class, "now")
          .orShould()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(Clock.class, "systemDefaultZone")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .because("time comes from the injected java.time.Clock (now(clock)), never the system");
}
