package org.lianxi.core.memory;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.Assignment;
import org.lianxi.core.domain.Break;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Review;
import org.lianxi.core.domain.Term;
import org.lianxi.core.domain.WorkdayOverride;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.port.in.ImportDatasetUseCase;
import org.lianxi.core.port.out.AbsencePort;
import org.lianxi.core.port.out.ActivityLogPort;
import org.lianxi.core.port.out.AssignmentPort;
import org.lianxi.core.port.out.CadrePort;
import org.lianxi.core.port.out.CalendarPort;
import org.lianxi.core.port.out.ContactUnitPort;
import org.lianxi.core.port.out.Facts;
import org.lianxi.core.port.out.FeedbackPort;
import org.lianxi.core.port.out.OrgUnitPort;
import org.lianxi.core.port.out.ReviewPort;

/**
 * Every driven port in memory: the facts as an immutable {@link Dataset} (without its activities)
 * and the activities in an activity log, either {@link InMemoryActivityLog} ({@link #of}: the
 * appended {@link Activity} objects themselves, fastest to read) or {@link CompactActivityLog}
 * ({@link #compact}: by column, about a quarter of the heap, records rebuilt on each read; for
 * memory-bound hosts). Thread-safe: the facts are immutable snapshots swapped atomically; reviews
 * and imports are serialised; the logs are thread-safe themselves.
 */
public final class InMemoryFacts
    implements OrgUnitPort,
        CadrePort,
        ContactUnitPort,
        AssignmentPort,
        AbsencePort,
        CalendarPort,
        FeedbackPort,
        ReviewPort,
        ImportDatasetUseCase {

  private volatile Dataset data;
  private final ActivityLogPort log;

  private InMemoryFacts(Dataset data, ActivityLogPort log) {
    this.data = data;
    this.log = log;
  }

  /** Facts holding the dataset, its activities appended to a new in-memory log. */
  public static InMemoryFacts of(Dataset dataset) {
    return over(dataset, new InMemoryActivityLog());
  }

  /**
   * Facts holding the dataset, its activities appended to a new {@link CompactActivityLog}: the
   * same answers as {@link #of}, in about a quarter of the heap, but every read of the activities
   * rebuilds them. The caller may drop {@code dataset} afterwards: nothing here refers to its
   * activities.
   */
  public static InMemoryFacts compact(Dataset dataset) {
    return over(dataset, new CompactActivityLog());
  }

  private static InMemoryFacts over(Dataset dataset, ActivityLogPort log) {
    log.append(dataset.activities());
    return new InMemoryFacts(Dataset.builder().from(dataset).activities(List.of()).build(), log);
  }

  /** Empty facts. */
  public static InMemoryFacts empty() {
    return of(Dataset.builder().build());
  }

  /** The ports, ready for the evaluator. */
  public Facts facts() {
    return new Facts(this, this, this, this, log, this, this, this, this);
  }

  /** Facts over a dataset in one call. */
  public static Facts factsOf(Dataset dataset) {
    return of(dataset).facts();
  }

  /** Compact facts ({@link #compact}) over a dataset in one call. */
  public static Facts compactFactsOf(Dataset dataset) {
    return compact(dataset).facts();
  }

  /**
   * The activity log: an {@link InMemoryActivityLog} for {@link #of}, a {@link CompactActivityLog}
   * for {@link #compact}.
   */
  public ActivityLogPort activityLog() {
    return log;
  }

  /**
   * Replaces every fact but the activity log and reviews with those of {@code dataset}, and appends
   * its activities to the log (all or nothing; identical records are no-ops).
   */
  @Override
  public ChainHead importDataset(Dataset dataset) {
    synchronized (this) {
      ChainHead head = log.append(dataset.activities());
      data =
          Dataset.builder()
              .from(dataset)
              .activities(List.of())
              .reviews(merge(data.reviews(), dataset.reviews()))
              .build();
      return head;
    }
  }

  private static ImmutableList<Review> merge(List<Review> have, List<Review> add) {
    ImmutableList.Builder<Review> b = ImmutableList.<Review>builder().addAll(have);
    for (Review r : add) {
      if (!have.contains(r)) {
        b.add(r);
      }
    }
    return b.build();
  }

  @Override
  public List<OrgUnit> orgUnits() {
    return data.orgUnits();
  }

  @Override
  public List<Cadre> cadres() {
    return data.cadres();
  }

  @Override
  public List<ContactUnit> contactUnits() {
    return data.contactUnits();
  }

  @Override
  public List<Assignment> assignments() {
    return data.assignments();
  }

  @Override
  public List<Absence> absences() {
    return data.absences();
  }

  @Override
  public List<Term> terms() {
    return data.terms();
  }

  @Override
  public List<Break> breaks() {
    return data.breaks();
  }

  @Override
  public List<WorkdayOverride> workdays() {
    return data.workdays();
  }

  @Override
  public List<Feedback> feedback() {
    return data.feedback();
  }

  @Override
  public List<Review> reviews() {
    return data.reviews();
  }

  @Override
  public synchronized void add(Review review) {
    data = Dataset.builder().from(data).reviews(merge(data.reviews(), List.of(review))).build();
  }
}
