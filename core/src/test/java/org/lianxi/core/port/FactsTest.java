package org.lianxi.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.memory.InMemoryFacts;
import org.lianxi.core.port.out.Facts;
import org.lianxi.core.testkit.CalendarFixture;
import org.lianxi.core.testkit.UniversityFixture;

class FactsTest {
  @Test
  void theAcademicCalendarOfTheFactsUsesTheirCalendarAndTheGivenClock() {
    Facts facts = InMemoryFacts.factsOf(UniversityFixture.aSmallUniversity());
    AcademicCalendar c = facts.academicCalendar(CalendarFixture.noonOn(LocalDate.of(2024, 10, 9)));
    assertThat(c.today()).isEqualTo("2024-10-09");
    assertThat(c.zone()).isEqualTo(AcademicCalendar.DEFAULT_ZONE);
    assertThat(c.terms())
        .containsExactly(CalendarFixture.autumn2024(), CalendarFixture.spring2025());
    assertThat(c.breaks()).containsExactlyElementsOf(CalendarFixture.autumn2024Breaks());
    assertThat(c.isWorkingDay(LocalDate.of(2024, 9, 14))).as("调休 Saturday").isTrue();
  }

  @Test
  void aSnapshotListsActivitiesInLogOrder() {
    var dataset = UniversityFixture.aSmallUniversityWithActivities();
    Facts facts = InMemoryFacts.factsOf(dataset);
    assertThat(facts.snapshot().activities()).containsExactlyElementsOf(dataset.activities());
    assertThat(facts.snapshot().cadres()).containsExactlyElementsOf(dataset.cadres());
  }
}
