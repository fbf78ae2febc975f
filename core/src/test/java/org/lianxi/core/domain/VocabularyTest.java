package org.lianxi.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The enums of SPEC §2: every constant names itself in Chinese and English, each name distinct. */
class VocabularyTest {

  private record Vocabulary<E extends Enum<E>>(
      Class<E> type, Function<E, String> zh, Function<E, String> en) {
    List<E> constants() {
      return Arrays.asList(type.getEnumConstants());
    }
  }

  static Stream<Arguments> vocabularies() {
    return Stream.of(
            new Vocabulary<>(Tier.class, Tier::zh, Tier::en),
            new Vocabulary<>(UnitKind.class, UnitKind::zh, UnitKind::en),
            new Vocabulary<>(ContactUnitType.class, ContactUnitType::zh, ContactUnitType::en),
            new Vocabulary<>(StudentLevel.class, StudentLevel::zh, StudentLevel::en),
            new Vocabulary<>(ActivityType.class, ActivityType::zh, ActivityType::en),
            new Vocabulary<>(Venue.class, Venue::zh, Venue::en),
            new Vocabulary<>(Topic.class, Topic::zh, Topic::en),
            new Vocabulary<>(Season.class, Season::zh, Season::en),
            new Vocabulary<>(FeedbackChannel.class, FeedbackChannel::zh, FeedbackChannel::en),
            new Vocabulary<>(ReviewDecision.class, ReviewDecision::zh, ReviewDecision::en),
            new Vocabulary<>(Severity.class, Severity::zh, Severity::en),
            new Vocabulary<>(IntegrityRule.class, IntegrityRule::zh, IntegrityRule::en))
        .map(v -> Arguments.of(v.type().getSimpleName(), v));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  <E extends Enum<E>> void everyConstantHasDistinctChineseAndEnglishNames(
      String name, Vocabulary<E> vocabulary) {
    List<String> zh = vocabulary.constants().stream().map(vocabulary.zh()).toList();
    List<String> en = vocabulary.constants().stream().map(vocabulary.en()).toList();
    assertThat(zh).allSatisfy(s -> assertThat(s).isNotBlank()).doesNotHaveDuplicates();
    assertThat(en).allSatisfy(s -> assertThat(s).isNotBlank()).doesNotHaveDuplicates();
    // Chinese names carry CJK characters; English ones none.
    assertThat(zh)
        .allSatisfy(s -> assertThat(s.codePoints().anyMatch(VocabularyTest::cjk)).isTrue());
    assertThat(en)
        .allSatisfy(s -> assertThat(s.codePoints().noneMatch(VocabularyTest::cjk)).isTrue());
  }

  private static boolean cjk(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  @Test
  void namesFollowThePolicyText() {
    assertThat(Tier.UNIVERSITY_LEADERSHIP.zh()).isEqualTo("校领导班子成员");
    assertThat(Tier.FUNCTIONAL_DEPARTMENT.zh()).isEqualTo("职能部门处级领导干部");
    assertThat(ActivityType.FIRST_LESSON.zh()).isEqualTo("大学第一课");
    assertThat(ActivityType.HEART_TO_HEART.en()).isEqualTo("heart-to-heart talk");
    assertThat(ContactUnitType.PARTY_BRANCH.zh()).isEqualTo("学生党支部");
    assertThat(Venue.ONLINE.zh()).isEqualTo("网络");
    assertThat(Topic.values()).hasSize(5);
    assertThat(Venue.values()).hasSize(9);
    assertThat(ActivityType.values()).hasSize(22);
    assertThat(IntegrityRule.values()).hasSize(9);
    assertThat(Severity.HIGH.compareTo(Severity.LOW)).isPositive();
    assertThat(IntegrityRule.BULK_BACKFILL.zh()).isEqualTo("集中补录");
    assertThat(ReviewDecision.CONFIRM.en()).isEqualTo("confirm");
    assertThat(Season.AUTUMN.zh()).isEqualTo("秋季学期");
    assertThat(FeedbackChannel.HOTLINE.zh()).isEqualTo("处长热线");
    assertThat(StudentLevel.GRADUATE.en()).isEqualTo("graduate");
    assertThat(UnitKind.COLLEGE.zh()).isEqualTo("学院(部)");
  }
}
