package org.lianxi.core.integrity;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.lianxi.core.domain.Activity;

/** Formatting shared by the rules' explanations. */
final class Texts {
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
  private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

  private Texts() {}

  static String time(LocalDateTime t) {
    return MINUTE.format(t);
  }

  /** {@code A3 (2024-09-10 09:00–10:30)}. */
  static String span(Activity a) {
    String end =
        a.end().toLocalDate().equals(a.day()) ? HOUR_MINUTE.format(a.end()) : time(a.end());
    return a.activityId() + "（" + time(a.start()) + "–" + end + "）";
  }

  static String spanEn(Activity a) {
    String end =
        a.end().toLocalDate().equals(a.day()) ? HOUR_MINUTE.format(a.end()) : time(a.end());
    return a.activityId() + " (" + time(a.start()) + "–" + end + ")";
  }

  /** The ids joined with the given separator. */
  static String ids(List<Activity> activities, String separator) {
    return activities.stream().map(Activity::activityId).collect(Collectors.joining(separator));
  }
}
