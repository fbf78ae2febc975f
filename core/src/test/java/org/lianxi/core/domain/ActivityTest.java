package org.lianxi.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.core.testkit.ActivityFixture.anActivity;
import static org.lianxi.core.testkit.LianxiAssertions.assertRejectedNaming;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivityTest {
  private static final LocalDateTime START = LocalDateTime.of(2024, 10, 15, 23, 30);

  @Test
  void minutesMustBePositive() {
    assertRejectedNaming(
        () -> anActivity().withId("A1").lasting(0).build(), "Activity[A1].minutes = 0", "> 0");
    assertRejectedNaming(
        () -> anActivity().withId("A1").lasting(-5).build(), "Activity[A1].minutes = -5");
    assertThat(anActivity().lasting(1).build().minutes()).isEqualTo(1);
  }

  @Test
  void idsMustNotBeBlank() {
    assertRejectedNaming(() -> anActivity().withId("").build(), "activityId = \"\"", "blank");
    assertRejectedNaming(() -> anActivity().withId(" \t").build(), "activityId = \" \t\"");
    assertRejectedNaming(
        () -> anActivity().withId("A1").by(" ").build(), "Activity[A1].cadreId = \" \"");
    assertRejectedNaming(
        () -> anActivity().withId("A1").with("").build(), "Activity[A1].contactUnitId = \"\"");
    assertRejectedNaming(
        () -> anActivity().withId("A1").superseding(" ").build(),
        "Activity[A1].supersedes = \" \"");
  }

  @Test
  void participantsMustNotBeNegative() {
    assertRejectedNaming(
        () -> anActivity().withId("A1").participants(-1).build(),
        "Activity[A1].participants = -1",
        ">= 0");
    assertThat(anActivity().participants(0).build().participants()).hasValue(0);
  }

  @Test
  void aRecordMustNotSupersedeItself() {
    assertRejectedNaming(
        () -> anActivity().withId("A1").superseding("A1").build(),
        "Activity[A1].supersedes = A1",
        "itself");
    assertThat(anActivity().withId("A2").superseding("A1").build().supersedes()).hasValue("A1");
  }

  @Test
  void endIsStartPlusMinutesAndDayIsTheStartDay() {
    Activity a = anActivity().at(START).lasting(45).build();
    assertThat(a.end()).isEqualTo(LocalDateTime.of(2024, 10, 16, 0, 15));
    assertThat(a.day()).isEqualTo(LocalDate.of(2024, 10, 15));
  }

  @ParameterizedTest
  @EnumSource(value = Venue.class, names = "ONLINE", mode = EnumSource.Mode.EXCLUDE)
  void anActivityAtAPhysicalVenueIsInPerson(Venue venue) {
    assertThat(anActivity().atVenue(venue).ofType(ActivityType.DORM_VISIT).build().inPerson())
        .isTrue();
  }

  @Test
  void anActivityOnlineIsNotInPerson() {
    // SPEC §3.1: in person = venue not ONLINE and type not ONLINE_ENGAGEMENT
    assertThat(anActivity().online().ofType(ActivityType.HEART_TO_HEART).build().inPerson())
        .isFalse();
  }

  @Test
  void onlineEngagementIsNotInPersonWhateverTheVenue() {
    assertThat(
            anActivity()
                .atVenue(Venue.CLASSROOM)
                .ofType(ActivityType.ONLINE_ENGAGEMENT)
                .build()
                .inPerson())
        .isFalse();
  }

  @Test
  void sameEngagementIgnoresIdRecordingVenueTopicsParticipantsAndEvidence() {
    Activity a = anActivity().withId("A1").by("C1").with("CU1").at(START).lasting(60).build();
    Activity copy =
        anActivity()
            .withId("A2")
            .by("C1")
            .with("CU1")
            .at(START)
            .lasting(60)
            .atVenue(Venue.CANTEEN)
            .about(Topic.CAREER)
            .participants(3)
            .evidence("照片")
            .recordedAt(START.plusDays(3))
            .build();
    assertThat(a.sameEngagementAs(copy)).isTrue();
    assertThat(copy.sameEngagementAs(a)).isTrue();
    assertThat(a.sameEngagementAs(a)).isTrue();
  }

  @Test
  void sameEngagementNeedsSameCadreTypeUnitStartAndMinutes() {
    Activity a =
        anActivity()
            .by("C1")
            .ofType(ActivityType.DORM_VISIT)
            .with("CU1")
            .at(START)
            .lasting(60)
            .build();
    Activity.Builder base = Activity.builder().from(a).activityId("A-other");
    assertThat(a.sameEngagementAs(Activity.builder().from(a).cadreId("C2").build())).isFalse();
    assertThat(
            a.sameEngagementAs(Activity.builder().from(a).type(ActivityType.CANTEEN_VISIT).build()))
        .isFalse();
    assertThat(a.sameEngagementAs(Activity.builder().from(a).contactUnitId("CU2").build()))
        .isFalse();
    Activity withoutUnit =
        anActivity().by("C1").ofType(ActivityType.DORM_VISIT).at(START).lasting(60).build();
    assertThat(a.sameEngagementAs(withoutUnit)).isFalse();
    assertThat(withoutUnit.sameEngagementAs(a)).isFalse();
    assertThat(a.sameEngagementAs(base.start(START.plusMinutes(1)).build())).isFalse();
    assertThat(a.sameEngagementAs(Activity.builder().from(a).minutes(61).build())).isFalse();
    assertThat(a.sameEngagementAs(base.start(START).build())).isTrue();
  }

  @Test
  void valuesWithTheSameAttributesAreEqual() {
    Activity a = anActivity().withId("A1").by("C1").at(START).build();
    Activity b = anActivity().withId("A1").by("C1").at(START).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(Activity.builder().from(a).evidence("照片").build()).isNotEqualTo(a);
  }
}
