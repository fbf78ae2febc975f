package org.lianxi.core.port.in;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.port.out.ActivityLogPort;

/**
 * Records one activity in the append-only log. The library stamps {@code recordedAt} from its own
 * clock (to the second, in the university's zone); whatever the caller set is replaced.
 */
public interface RecordActivityUseCase {
  /**
   * Appends the activity.
   *
   * @return the chain head after the append, for the host to keep
   */
  ChainHead record(Activity activity);

  /** The use case over a log, stamping with {@code clock} in Asia/Shanghai. */
  static RecordActivityUseCase using(ActivityLogPort log, Clock clock) {
    return using(log, clock, AcademicCalendar.DEFAULT_ZONE);
  }

  /** The use case over a log, stamping with {@code clock} in {@code zone}. Thread-safe. */
  static RecordActivityUseCase using(ActivityLogPort log, Clock clock, ZoneId zone) {
    return activity -> {
      LocalDateTime now = LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.SECONDS);
      Activity stamped = Activity.builder().from(activity).recordedAt(now).build();
      return log.append(List.of(stamped));
    };
  }
}
