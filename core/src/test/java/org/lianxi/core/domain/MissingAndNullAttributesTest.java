package org.lianxi.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.lianxi.core.testkit.LianxiAssertions.assertRejected;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value type rejects a missing required attribute and a null attribute with a {@link
 * LianxiException} naming the type (when missing) and the attribute (always).
 */
class MissingAndNullAttributesTest {
  private static final LocalDate DAY = LocalDate.of(2024, 9, 2);
  private static final LocalDateTime TIME = LocalDateTime.of(2024, 9, 2, 9, 0);

  /** One value type: how to start a builder, build it, and set each required attribute. */
  private record Shape<B>(
      String type,
      Supplier<B> builder,
      Function<B, ?> build,
      Map<String, Consumer<B>> required,
      Map<String, Consumer<B>> nulls) {

    ThrowingCallable buildWithout(String skipped) {
      return () -> {
        B b = builder.get();
        required.forEach(
            (name, setter) -> {
              if (!name.equals(skipped)) {
                setter.accept(b);
              }
            });
        build.apply(b);
      };
    }

    Object buildComplete() {
      B b = builder.get();
      required.values().forEach(s -> s.accept(b));
      return build.apply(b);
    }
  }

  private static Stream<Shape<?>> shapes() {
    return Stream.of(
        new Shape<>(
            "OrgUnit",
            OrgUnit::builder,
            OrgUnit.Builder::build,
            ImmutableMap.of(
                "unitId", b -> b.unitId("U"),
                "name", b -> b.name("苏州大学"),
                "kind", b -> b.kind(UnitKind.UNIVERSITY)),
            ImmutableMap.of(
                "unitId", b -> b.unitId(null),
                "name", b -> b.name(null),
                "kind", b -> b.kind(null),
                "parentId", b -> b.parentId((String) null))),
        new Shape<>(
            "Cadre",
            Cadre::builder,
            Cadre.Builder::build,
            ImmutableMap.<String, Consumer<Cadre.Builder>>builder()
                .put("cadreId", b -> b.cadreId("C1"))
                .put("name", b -> b.name("王书记"))
                .put("tier", b -> b.tier(Tier.UNIVERSITY_LEADERSHIP))
                .put("unitId", b -> b.unitId("U"))
                .put("title", b -> b.title("党委书记"))
                .put("principal", b -> b.principal(true))
                .put("partyMember", b -> b.partyMember(true))
                .put("branchSecretary", b -> b.branchSecretary(false))
                .build(),
            ImmutableMap.of(
                "cadreId", b -> b.cadreId(null),
                "name", b -> b.name(null),
                "tier", b -> b.tier(null),
                "unitId", b -> b.unitId(null),
                "title", b -> b.title(null))),
        new Shape<>(
            "ContactUnit",
            ContactUnit::builder,
            ContactUnit.Builder::build,
            ImmutableMap.of(
                "contactUnitId", b -> b.contactUnitId("CU1"),
                "type", b -> b.type(ContactUnitType.CLASS),
                "name", b -> b.name("计算机2024级1班"),
                "size", b -> b.size(30)),
            ImmutableMap.of(
                "contactUnitId", b -> b.contactUnitId(null),
                "type", b -> b.type(null),
                "name", b -> b.name(null),
                "collegeId", b -> b.collegeId((String) null),
                "level", b -> b.level((StudentLevel) null))),
        new Shape<>(
            "Assignment",
            Assignment::builder,
            Assignment.Builder::build,
            ImmutableMap.of(
                "cadreId", b -> b.cadreId("C1"),
                "contactUnitId", b -> b.contactUnitId("CU1"),
                "validFrom", b -> b.validFrom(DAY)),
            ImmutableMap.of(
                "cadreId", b -> b.cadreId(null),
                "contactUnitId", b -> b.contactUnitId(null),
                "validFrom", b -> b.validFrom(null),
                "validTo", b -> b.validTo((LocalDate) null))),
        new Shape<>(
            "Activity",
            Activity::builder,
            Activity.Builder::build,
            ImmutableMap.<String, Consumer<Activity.Builder>>builder()
                .put("activityId", b -> b.activityId("A1"))
                .put("cadreId", b -> b.cadreId("C1"))
                .put("type", b -> b.type(ActivityType.DORM_VISIT))
                .put("start", b -> b.start(TIME))
                .put("minutes", b -> b.minutes(60))
                .put("venue", b -> b.venue(Venue.DORMITORY))
                .put("recordedAt", b -> b.recordedAt(TIME.plusHours(1)))
                .build(),
            ImmutableMap.<String, Consumer<Activity.Builder>>builder()
                .put("activityId", b -> b.activityId(null))
                .put("cadreId", b -> b.cadreId(null))
                .put("type", b -> b.type(null))
                .put("start", b -> b.start(null))
                .put("contactUnitId", b -> b.contactUnitId((String) null))
                .put("venue", b -> b.venue(null))
                .put("evidence", b -> b.evidence((String) null))
                .put("recordedAt", b -> b.recordedAt(null))
                .put("supersedes", b -> b.supersedes((String) null))
                .build()),
        new Shape<>(
            "Absence",
            Absence::builder,
            Absence.Builder::build,
            ImmutableMap.of(
                "cadreId", b -> b.cadreId("C1"),
                "startsOn", b -> b.startsOn(DAY),
                "endsOn", b -> b.endsOn(DAY)),
            ImmutableMap.of(
                "cadreId", b -> b.cadreId(null),
                "startsOn", b -> b.startsOn(null),
                "endsOn", b -> b.endsOn(null),
                "reason", b -> b.reason(null))),
        new Shape<>(
            "Term",
            Term::builder,
            Term.Builder::build,
            ImmutableMap.of(
                "termId", b -> b.termId("2024-2025-1"),
                "academicYear", b -> b.academicYear("2024-2025"),
                "season", b -> b.season(Season.AUTUMN),
                "startsOn", b -> b.startsOn(DAY),
                "endsOn", b -> b.endsOn(DAY.plusDays(100))),
            ImmutableMap.of(
                "termId", b -> b.termId(null),
                "academicYear", b -> b.academicYear(null),
                "season", b -> b.season(null),
                "startsOn", b -> b.startsOn(null),
                "endsOn", b -> b.endsOn(null),
                "opensOn", b -> b.opensOn(null))),
        new Shape<>(
            "Break",
            Break::builder,
            Break.Builder::build,
            ImmutableMap.of("startsOn", b -> b.startsOn(DAY), "endsOn", b -> b.endsOn(DAY)),
            ImmutableMap.of(
                "startsOn", b -> b.startsOn(null),
                "endsOn", b -> b.endsOn(null),
                "name", b -> b.name(null))),
        new Shape<>(
            "WorkdayOverride",
            WorkdayOverride::builder,
            WorkdayOverride.Builder::build,
            ImmutableMap.of("date", b -> b.date(DAY), "workday", b -> b.workday(false)),
            ImmutableMap.of("date", b -> b.date(null), "name", b -> b.name(null))),
        new Shape<>(
            "Feedback",
            Feedback::builder,
            Feedback.Builder::build,
            ImmutableMap.of(
                "feedbackId", b -> b.feedbackId("F1"),
                "channel", b -> b.channel(FeedbackChannel.HOTLINE),
                "unitId", b -> b.unitId("D-XGB"),
                "receivedAt", b -> b.receivedAt(TIME)),
            ImmutableMap.of(
                "feedbackId", b -> b.feedbackId(null),
                "channel", b -> b.channel(null),
                "unitId", b -> b.unitId(null),
                "receivedAt", b -> b.receivedAt(null),
                "acknowledgedAt", b -> b.acknowledgedAt((LocalDateTime) null),
                "closedAt", b -> b.closedAt((LocalDateTime) null),
                "category", b -> b.category(null))),
        new Shape<>(
            "Review",
            Review::builder,
            Review.Builder::build,
            ImmutableMap.of(
                "activityId", b -> b.activityId("A1"),
                "rule", b -> b.rule(IntegrityRule.OVERLAP),
                "decision", b -> b.decision(ReviewDecision.CONFIRM),
                "reviewer", b -> b.reviewer("纪委 王老师"),
                "reviewedAt", b -> b.reviewedAt(TIME)),
            ImmutableMap.of(
                "activityId", b -> b.activityId(null),
                "rule", b -> b.rule(null),
                "decision", b -> b.decision(null),
                "reviewer", b -> b.reviewer(null),
                "reviewedAt", b -> b.reviewedAt(null),
                "reason", b -> b.reason(null))));
  }

  static Stream<Arguments> missingAttributes() {
    return shapes()
        .flatMap(
            s ->
                s.required().keySet().stream()
                    .map(name -> Arguments.of(s.type(), name, s.buildWithout(name))));
  }

  static Stream<Arguments> nullAttributes() {
    return shapes()
        .flatMap(
            s ->
                s.nulls().entrySet().stream()
                    .map(e -> Arguments.of(s.type(), e.getKey(), nullCall(s, e.getValue()))));
  }

  @SuppressWarnings("unchecked")
  private static <B> ThrowingCallable nullCall(Shape<B> shape, Consumer<?> setter) {
    return () -> ((Consumer<B>) setter).accept(shape.builder().get());
  }

  static Stream<Arguments> types() {
    return shapes().map(s -> Arguments.of(s.type(), s));
  }

  @ParameterizedTest(name = "{0} with every required attribute builds")
  @MethodSource("types")
  void everyRequiredAttributeSetBuilds(String type, Shape<?> shape) {
    assertThatCode(shape::buildComplete).doesNotThrowAnyException();
    assertThat(shape.buildComplete().toString()).startsWith(type + "{");
  }

  @ParameterizedTest(name = "{0} without {1} is rejected naming it")
  @MethodSource("missingAttributes")
  void missingAttributeIsRejectedNamingTypeAndAttribute(
      String type, String attribute, ThrowingCallable build) {
    assertRejected(build)
        .hasMessageContaining("Cannot build " + type)
        .hasMessageContaining("not set [" + attribute + "]");
  }

  @ParameterizedTest(name = "{0}.{1}(null) is rejected naming it")
  @MethodSource("nullAttributes")
  void nullAttributeIsRejectedNamingAttributeAndValue(
      String type, String attribute, ThrowingCallable call) {
    assertRejected(call)
        .isInstanceOf(LianxiException.NullAttribute.class)
        .hasMessage(attribute + " = null: must not be null");
  }
}
