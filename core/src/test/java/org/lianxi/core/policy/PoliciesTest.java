package org.lianxi.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in soochow-2019-95 is the clause table of SPEC §3, row by row. */
class PoliciesTest {
  static final Policy SOOCHOW = Policies.soochow2019();

  @ParameterizedTest(name = "{0} cites {1}")
  @CsvSource({
    "III.0-frontline-days,   三 (preamble), interpretation, MANDATORY",
    "III.1.1-theory-lecture, 三、1.(1),     literal,        MANDATORY",
    "III.1.1-first-lesson,   三、1.(1),     literal,        MANDATORY",
    "III.1.2-link-unit,      三、1.(2),     literal,        MANDATORY",
    "III.1.2-link-branch,    三、1.(2),     literal,        MANDATORY",
    "III.1.2-branch-life,    三、1.(2),     interpretation, MANDATORY",
    "III.1.2-party-lecture,  三、1.(2),     interpretation, MANDATORY",
    "III.1.3-weekly-contact, 三、1.(3),     literal,        MANDATORY",
    "III.2.1-link,           三、2.(1),     literal,        MANDATORY",
    "III.2.1-attend,         三、2.(1),     interpretation, MANDATORY",
    "III.2.2-link,           三、2.(2),     literal,        MANDATORY",
    "III.2.2-focus-student,  三、2.(2),     interpretation, RECOMMENDED",
    "III.2.3-feedback,       三、2.(3),     interpretation, MANDATORY",
    "III.3.1-first-lesson,   三、3.(1),     literal,        MANDATORY",
    "III.3.1-orientation,    三、3.(1),     interpretation, MANDATORY",
    "III.3.1-graduation,     三、3.(1),     interpretation, MANDATORY",
    "III.3.2-link-unit,      三、3.(2),     literal,        MANDATORY",
    "III.3.2-link-branch,    三、3.(2),     literal,        MANDATORY",
    "III.3.2-branch-life,    三、3.(2),     interpretation, MANDATORY",
    "III.3.2-party-lecture,  三、3.(2),     interpretation, MANDATORY",
    "III.3.3-hardship,       三、3.(3),     interpretation, MANDATORY",
    "III.3.4-feedback,       三、3.(4),     interpretation, MANDATORY",
  })
  void everyObligationOfTheClauseTableIsBuiltIn(
      String id, String clause, String basis, Strength strength) {
    Obligation o = SOOCHOW.obligation(id).orElseThrow();
    assertThat(o.clause()).isEqualTo(clause);
    assertThat(o.basis().code()).isEqualTo(basis);
    assertThat(o.strength()).isEqualTo(strength);
  }

  @Test
  void soochowHasExactlyTheTwentyTwoObligationsOfTheTableAndRefinesAllOfTheNotice() {
    assertThat(SOOCHOW.obligations()).hasSize(22);
    assertThat(SOOCHOW.effectiveObligations()).isEqualTo(SOOCHOW.obligations());
    assertThat(SOOCHOW.parent()).contains(Policies.moe2019());
    List<String> refined =
        SOOCHOW.obligations().stream()
            .flatMap(o -> o.refines().stream())
            .collect(Collectors.toList());
    assertThat(refined)
        .containsExactlyInAnyOrder("II-theory-lecture", "II-weekly-contact", "II-link-unit");
  }

  @Test
  void theNoticeBindsUniversityLeadersToALectureAWeeklyContactAndARecommendedLink() {
    Policy moe = Policies.moe2019();
    assertThat(moe.documentNumber()).isEqualTo("教党函〔2019〕34号");
    assertThat(moe.obligations())
        .extracting(Obligation::id, Obligation::strength)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("II-theory-lecture", Strength.MANDATORY),
            org.assertj.core.groups.Tuple.tuple("II-weekly-contact", Strength.MANDATORY),
            org.assertj.core.groups.Tuple.tuple("II-link-unit", Strength.RECOMMENDED));
    ActivityCount weekly = (ActivityCount) moe.obligation("II-weekly-contact").get().kind();
    assertThat(weekly.period()).isEqualTo(Period.WEEK);
    assertThat(weekly.inPersonOnly()).isTrue();
  }

  @Test
  void builtInsAreFoundById() {
    assertThat(Policies.builtIn("soochow-2019-95")).contains(SOOCHOW);
    assertThat(Policies.builtIn("moe-2019-34")).contains(Policies.moe2019());
    assertThat(Policies.builtIn("nope")).isEmpty();
  }

  @Test
  void theDeclaringPolicyOfAnObligationIsKnown() {
    assertThat(SOOCHOW.declaringPolicy("III.1.3-weekly-contact")).contains(SOOCHOW);
    assertThat(SOOCHOW.declaringPolicy("II-weekly-contact")).isEmpty();
  }
}
