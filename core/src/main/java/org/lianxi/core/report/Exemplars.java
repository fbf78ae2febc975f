package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.Severity;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.evaluation.Status;
import org.lianxi.core.evaluation.Verdict;
import org.lianxi.core.integrity.Finding;
import org.lianxi.core.integrity.FindingState;

/** 先进典型: the exemplar nominees, ranked as {@link ExemplarNominee} documents. */
final class Exemplars {
  private Exemplars() {}

  private record Reach(
      Cadre cadre,
      int met,
      Set<Venue> venues,
      Set<Topic> topics,
      Set<String> units,
      int activities) {
    int breadth() {
      return venues.size() + topics.size() + units.size();
    }
  }

  static final Comparator<Reach> RANKING =
      Comparator.comparingInt(Reach::breadth)
          .thenComparingInt(r -> r.units().size())
          .thenComparingInt(r -> r.venues().size())
          .thenComparingInt(r -> r.topics().size())
          .thenComparingInt(Reach::activities)
          .reversed()
          .thenComparing(r -> r.cadre().cadreId());

  static ImmutableList<ExemplarNominee> build(ReportContext c) {
    List<Reach> eligible = new ArrayList<>();
    for (Cadre cadre : c.org.cadres().values()) {
      List<Verdict> verdicts = c.verdictsOf(cadre.cadreId());
      long met = verdicts.stream().filter(v -> v.status() == Status.MET).count();
      boolean shortfall = verdicts.stream().anyMatch(v -> v.status() == Status.SHORTFALL);
      boolean suspect = false;
      for (Finding f : c.current.integrity().findingsOf(cadre.cadreId())) {
        suspect |=
            f.state() == FindingState.CONFIRMED
                || (f.state() == FindingState.OPEN && f.severity() == Severity.HIGH);
      }
      if (met == 0 || shortfall || suspect) {
        continue;
      }
      Set<Venue> venues = EnumSet.noneOf(Venue.class);
      Set<Topic> topics = EnumSet.noneOf(Topic.class);
      Set<String> units = new TreeSet<>();
      List<Activity> counting = c.countingActivities(cadre.cadreId());
      for (Activity a : counting) {
        venues.add(a.venue());
        topics.addAll(a.topics());
        a.contactUnitId().ifPresent(units::add);
      }
      eligible.add(new Reach(cadre, (int) met, venues, topics, units, counting.size()));
    }
    eligible.sort(RANKING);
    ImmutableList.Builder<ExemplarNominee> out = ImmutableList.builder();
    int rank = 0;
    for (Reach r : eligible) {
      rank++;
      Cadre cadre = r.cadre();
      out.add(
          new ExemplarNominee(
              rank,
              cadre.cadreId(),
              cadre.name(),
              cadre.unitId(),
              c.universityOf(cadre.cadreId()),
              r.met(),
              ImmutableSet.copyOf(r.venues()),
              ImmutableSet.copyOf(r.topics()),
              ImmutableList.copyOf(r.units()),
              r.activities(),
              r.breadth(),
              Explanation.of(
                  "第 "
                      + rank
                      + " 名："
                      + cadre.name()
                      + " 本学期应考核事项全部达标（"
                      + r.met()
                      + " 项），"
                      + "深入 "
                      + r.venues().size()
                      + " 类场所、"
                      + r.topics().size()
                      + " 类工作内容、"
                      + r.units().size()
                      + " 个联系对象，共 "
                      + r.activities()
                      + " 次活动（广度 "
                      + r.breadth()
                      + "）",
                  "rank "
                      + rank
                      + ": "
                      + cadre.name()
                      + " met everything due this term ("
                      + r.met()
                      + " verdicts), "
                      + "reaching "
                      + r.venues().size()
                      + " venue(s), "
                      + r.topics().size()
                      + " topic(s) and "
                      + r.units().size()
                      + " contact unit(s) in "
                      + r.activities()
                      + " activities (breadth "
                      + r.breadth()
                      + ")")));
    }
    return out.build();
  }
}
