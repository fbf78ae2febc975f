package org.lianxi.core.sample;

import com.google.common.collect.ImmutableList;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.ReviewDecision;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.WorkdayOverride;

/**
 * Runs a generation: sends the calendar, then each planned university (its facts, then each term's
 * activities and feedback), and last the reviews, to a sink; and writes the manifest. Not
 * thread-safe: one per run.
 */
final class Generator {
  private static final Comparator<Draft> BY_START = Comparator.comparingLong(Draft::startMinute);

  private final SampleSink sink;
  private final Ids ids;
  private final List<TermDays> terms;
  private final Scheduler.Density density;
  private final SampleManifest.Builder manifest = SampleManifest.builder();
  private final List<Review> reviews = new ArrayList<>();

  /** Feedback items per unit and term: hotline units first, then each college. */
  private final int studentWorkFeedback;

  private final int logisticsFeedback;
  private final int collegeFeedbackMin;
  private final int collegeFeedbackMax;

  Generator(
      SampleSink sink,
      Ids ids,
      List<TermDays> terms,
      Scheduler.Density density,
      int studentWorkFeedback,
      int logisticsFeedback,
      int collegeFeedbackMin,
      int collegeFeedbackMax) {
    this.sink = sink;
    this.ids = ids;
    this.terms = terms;
    this.density = density;
    this.studentWorkFeedback = studentWorkFeedback;
    this.logisticsFeedback = logisticsFeedback;
    this.collegeFeedbackMin = collegeFeedbackMin;
    this.collegeFeedbackMax = collegeFeedbackMax;
  }

  void calendar(List<Break> breaks, List<WorkdayOverride> workdays) {
    for (TermDays t : terms) {
      sink.term(t.term);
    }
    breaks.forEach(sink::teachingBreak);
    workdays.forEach(sink::workday);
  }

  void university(Campus campus, Plan plan, SplittableRandom r) {
    campus.orgUnits.forEach(sink::orgUnit);
    for (Leader l : campus.leaders) {
      sink.cadre(l.cadre);
    }
    for (Unit u : campus.units) {
      sink.contactUnit(u.value);
    }
    for (Leader l : campus.leaders) {
      for (Link link : l.links) {
        sink.assignment(link.assignment(l.id));
      }
    }
    for (Leader l : campus.leaders) {
      for (Absence a : l.absences) {
        sink.absence(a);
      }
    }
    for (TermDays td : terms) {
      activities(campus, plan, td, r);
      feedback(campus, plan, td, r);
    }
    for (Plan.Owed s : plan.shortfalls) {
      manifest.addShortfalls(
          PlannedShortfall.of(s.subject(), s.obligation(), terms.get(s.term()).termId()));
    }
    plan.absentWholeTerm.forEach(
        (l, term) -> manifest.putAbsentWholeTerm(terms.get(term).termId(), l.id));
    if (plan.exemplar != null) {
      manifest.exemplarLeader(plan.exemplar.id);
    }
  }

  private void activities(Campus campus, Plan plan, TermDays td, SplittableRandom r) {
    Map<Leader, List<Pattern>> held = new HashMap<>();
    for (Pattern p : plan.patterns) {
      if (p.term == td.index) {
        held.computeIfAbsent(p.holder, k -> new ArrayList<>()).add(p);
        if (p.kind.ownDay) {
          p.reservedDay = Planter.reserveDay(p, td, r);
        }
      }
    }
    List<CadreTerm> scheduled = new ArrayList<>(campus.leaders.size());
    for (Leader l : campus.leaders) {
      List<Pattern> mine = held.getOrDefault(l, List.of());
      int[] reserved =
          mine.stream().filter(p -> p.reservedDay >= 0).mapToInt(p -> p.reservedDay).toArray();
      CadreTerm ct = Scheduler.schedule(l, td, r, density, reserved);
      for (Pattern p : mine) {
        Planter.plant(p, ct, campus);
      }
      scheduled.add(ct);
    }
    for (CadreTerm ct : scheduled) {
      ct.drafts.sort(BY_START);
      for (Draft d : ct.drafts) {
        d.id = ids.activity();
      }
      for (Draft d : ct.drafts) {
        sink.activity(d.build(td));
      }
    }
    for (Pattern p : plan.patterns) {
      if (p.term != td.index) {
        continue;
      }
      ImmutableList<String> activityIds =
          p.drafts.stream().map(d -> d.id).collect(ImmutableList.toImmutableList());
      if (p.kind == Pattern.Kind.CORRECTION) {
        manifest.putCorrections(activityIds.get(0), activityIds.get(1));
        continue;
      }
      manifest.addPatterns(
          PlantedPattern.builder()
              .rule(p.kind.rule)
              .cadreId(p.holder.id)
              .termId(td.termId())
              .activityIds(activityIds)
              .note(p.note)
              .build());
      if (p.review != null) {
        reviews.add(review(p, td, r));
      }
    }
  }

  private static Review review(Pattern p, TermDays td, SplittableRandom r) {
    Draft a = p.drafts.get(0);
    boolean dismiss = p.review == ReviewDecision.DISMISS;
    long after = Math.max(a.recorded, a.endMinute()) + 2 * 1440L;
    LocalDateTime at = td.minute(after - Math.floorMod(after, 1440) + 10 * 60 + r.nextInt(7 * 60));
    return Review.builder()
        .activityId(a.id)
        .rule(p.kind.rule)
        .decision(p.review)
        .reviewer(Catalog.personName(r, Catalog.names()) + (dismiss ? "（党委办公室督查室）" : "（纪委办公室）"))
        .reviewedAt(at)
        .reason(
            dismiss ? "经核实，活动确已开展，签到表与现场照片齐全；系账号故障导致逾期补录，排除疑点。" : "经核实，该活动未按登记时间开展，系提前填报，认定为弄虚作假。")
        .build();
  }

  private void feedback(Campus campus, Plan plan, TermDays td, SplittableRandom r) {
    for (Dept d : campus.departments) {
      if (!d.hotline()) {
        continue;
      }
      boolean studentWork = d.has(Catalog.STUDENT_WORK);
      FeedbackMaker.make(
          d.id,
          studentWork ? studentWorkFeedback : logisticsFeedback,
          studentWork ? Catalog.STUDENT_WORK_CATEGORIES : Catalog.LOGISTICS_CATEGORIES,
          lateOf(plan, d.id, td.index),
          td,
          ids,
          r,
          sink);
    }
    for (College c : campus.colleges) {
      int n = collegeFeedbackMin + r.nextInt(collegeFeedbackMax - collegeFeedbackMin + 1);
      Late late = lateOf(plan, c.id, td.index);
      if (n > 0 || late != null) {
        FeedbackMaker.make(
            c.id, Math.max(1, n), Catalog.COLLEGE_CATEGORIES, late, td, ids, r, sink);
      }
    }
  }

  private static Late lateOf(Plan plan, String unitId, int term) {
    for (Plan.LateItem i : plan.lateFeedback) {
      if (i.unitId().equals(unitId) && i.term() == term) {
        return i.late();
      }
    }
    return null;
  }

  /** Sends the reviews and returns the manifest. */
  SampleManifest finish() {
    for (Review review : reviews) {
      sink.review(review);
    }
    return manifest.reviews(reviews).build();
  }

  static List<TermDays> days(List<Term> terms, org.lianxi.core.calendar.AcademicCalendar calendar) {
    List<TermDays> days = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      days.add(new TermDays(terms.get(i), i, calendar));
    }
    return days;
  }
}
