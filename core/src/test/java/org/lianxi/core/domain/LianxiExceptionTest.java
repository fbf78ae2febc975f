package org.lianxi.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.lianxi.core.testkit.LianxiAssertions.assertRejected;

import org.junit.jupiter.api.Test;

class LianxiExceptionTest {
  @Test
  void checkPassesSilentlyWhenTheConditionHolds() {
    assertThatCode(() -> LianxiException.check(true, "T", "f", 1, "rule"))
        .doesNotThrowAnyException();
  }

  @Test
  void checkNamesTypeFieldValueAndRule() {
    assertRejected(() -> LianxiException.check(false, "Activity[A1]", "minutes", 0, "must be > 0"))
        .hasMessage("Activity[A1].minutes = 0: must be > 0");
  }

  @Test
  void requireNonBlankReturnsTheValueOrNamesTheBlankOne() {
    assertThat(LianxiException.requireNonBlank("T", "f", "x")).isEqualTo("x");
    assertRejected(() -> LianxiException.requireNonBlank("T", "f", " "))
        .hasMessage("T.f = \" \": must not be blank");
    assertRejected(() -> LianxiException.requireNonBlank("T", "f", null))
        .hasMessage("T.f = \"null\": must not be blank");
  }

  @Test
  void keepsMessageAndCause() {
    IllegalStateException cause = new IllegalStateException("io");
    LianxiException e = new LianxiException("activities.csv line 3", cause);
    assertThat(e).hasMessage("activities.csv line 3").hasCause(cause);
    assertThat(new LianxiException("m")).hasMessage("m").hasNoCause();
    assertThat(new LianxiException.NullAttribute("cadreId"))
        .isInstanceOf(LianxiException.class)
        .hasMessage("cadreId = null: must not be null");
  }
}
