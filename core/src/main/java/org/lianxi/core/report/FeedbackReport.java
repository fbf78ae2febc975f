package org.lianxi.core.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lianxi.core.calendar.AcademicCalendar;
import org.lianxi.core.domain.Explanation;
import org.lianxi.core.domain.Feedback;
import org.lianxi.core.domain.OrgUnit;
import org.lianxi.core.domain.Term;

/**
 * The feedback report of one term (三、2.(3), 三、3.(4); SPEC §3.1): every item received in the term
 * window up to as-of, with its status, and a summary per unit.
 *
 * <p>Rules: deadlines are counted in working days after the day of receipt ({@link
 * AcademicCalendar#workingDayDeadline}; breaks do not stop the office clock) and end at the end of
 * their last day. Closing without a separate acknowledgement acknowledges at the close time.
 * Acknowledgements and closures after as-of have not happened yet. An item is due when it is closed
 * or its close deadline ended by as-of; a closed item is {@code CLOSED_LATE} when closed late, else
 * {@code ACKNOWLEDGED_LATE} when acknowledged late, else {@code ON_TIME}; an item not closed is
 * {@code OVERDUE} once due, else {@code OPEN}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param term the term
 * @param asOf the as-of day
 * @param deadlines the deadlines applied
 * @param items the items, by unit, then time of receipt, then id
 * @param units one summary per unit with items, in the order of the items
 */
public record FeedbackReport(
    Term term,
    LocalDate asOf,
    FeedbackDeadlines deadlines,
    ImmutableList<FeedbackItem> items,
    ImmutableList<UnitFeedback> units) {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  /** The report of {@code feedback} for the term at as-of. */
  public static FeedbackReport of(
      List<Feedback> feedback,
      List<OrgUnit> orgUnits,
      AcademicCalendar calendar,
      Term term,
      LocalDate asOf,
      FeedbackDeadlines deadlines) {
    Map<String, OrgUnit> units =
        orgUnits.stream()
            .collect(Collectors.toMap(OrgUnit::unitId, Function.identity(), (a, b) -> a));
    List<FeedbackItem> items =
        feedback.stream()
            .filter(f -> AcademicCalendar.inWindow(term, f.receivedAt(), asOf))
            .sorted(
                Comparator.comparing(Feedback::unitId)
                    .thenComparing(Feedback::receivedAt)
                    .thenComparing(Feedback::feedbackId))
            .map(f -> item(f, calendar, asOf, deadlines))
            .collect(Collectors.toList());
    Map<String, List<FeedbackItem>> byUnit = new LinkedHashMap<>();
    items.forEach(
        i ->
            byUnit.computeIfAbsent(i.feedback().unitId(), u -> new java.util.ArrayList<>()).add(i));
    ImmutableList.Builder<UnitFeedback> summaries = ImmutableList.builder();
    byUnit.forEach(
        (unitId, list) ->
            summaries.add(
                unit(
                    unitId,
                    Optional.ofNullable(units.get(unitId)).map(OrgUnit::name).orElse(unitId),
                    list)));
    return new FeedbackReport(
        term, asOf, deadlines, ImmutableList.copyOf(items), summaries.build());
  }

  /** The summary of one unit, if it received items in the term window. */
  public Optional<UnitFeedback> unit(String unitId) {
    return units.stream().filter(u -> u.unitId().equals(unitId)).findFirst();
  }

  /** The items of one unit. */
  public List<FeedbackItem> itemsOf(String unitId) {
    return items.stream()
        .filter(i -> i.feedback().unitId().equals(unitId))
        .collect(Collectors.toUnmodifiableList());
  }

  static FeedbackItem item(
      Feedback f, AcademicCalendar calendar, LocalDate asOf, FeedbackDeadlines deadlines) {
    LocalDateTime cutoff = asOf.plusDays(1).atStartOfDay();
    LocalDate ackBy =
        calendar.workingDayDeadline(f.receivedAt().toLocalDate(), deadlines.acknowledge());
    LocalDate closeBy =
        calendar.workingDayDeadline(f.receivedAt().toLocalDate(), deadlines.close());
    LocalDateTime ackEnd = ackBy.plusDays(1).atStartOfDay();
    LocalDateTime closeEnd = closeBy.plusDays(1).atStartOfDay();
    Optional<LocalDateTime> closed = f.closedAt().filter(c -> c.isBefore(cutoff));
    Optional<LocalDateTime> acked =
        earliest(f.acknowledgedAt().filter(a -> a.isBefore(cutoff)), closed);
    boolean ackLate = acked.map(a -> !a.isBefore(ackEnd)).orElse(!ackEnd.isAfter(cutoff));
    FeedbackStatus status;
    if (closed.isPresent()) {
      status =
          !closed.get().isBefore(closeEnd)
              ? FeedbackStatus.CLOSED_LATE
              : ackLate ? FeedbackStatus.ACKNOWLEDGED_LATE : FeedbackStatus.ON_TIME;
    } else {
      status = closeEnd.isAfter(cutoff) ? FeedbackStatus.OPEN : FeedbackStatus.OVERDUE;
    }
    String head =
        f.feedbackId() + "（" + f.channel().zh() + "，" + MINUTE.format(f.receivedAt()) + " 收到）";
    String headEn =
        f.feedbackId()
            + " ("
            + f.channel().en()
            + ", received "
            + MINUTE.format(f.receivedAt())
            + ")";
    String limits = "：应于 " + ackBy + " 前受理、" + closeBy + " 前办结";
    String limitsEn = ": acknowledge by " + ackBy + ", close by " + closeBy;
    String done =
        acked.map(a -> "；" + MINUTE.format(a) + " 受理").orElse("；未受理")
            + closed.map(c -> "，" + MINUTE.format(c) + " 办结").orElse("，未办结");
    String doneEn =
        acked.map(a -> "; acknowledged " + MINUTE.format(a)).orElse("; not acknowledged")
            + closed.map(c -> ", closed " + MINUTE.format(c)).orElse(", not closed");
    Explanation why =
        Explanation.of(
            head + limits + done + "——" + status.zh(),
            headEn + limitsEn + doneEn + " — " + status.en());
    return new FeedbackItem(f, status, ackBy, closeBy, ackLate, why);
  }

  private static Optional<LocalDateTime> earliest(
      Optional<LocalDateTime> a, Optional<LocalDateTime> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
  }

  private static UnitFeedback unit(String unitId, String name, List<FeedbackItem> items) {
    Map<FeedbackStatus, Integer> counts = new EnumMap<>(FeedbackStatus.class);
    for (FeedbackStatus s : FeedbackStatus.values()) {
      counts.put(s, 0);
    }
    items.forEach(i -> counts.merge(i.status(), 1, Integer::sum));
    int due = (int) items.stream().filter(i -> i.status().due()).count();
    int onTime = counts.get(FeedbackStatus.ON_TIME);
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    zh.append(name)
        .append("：收到 ")
        .append(items.size())
        .append(" 件，到期 ")
        .append(due)
        .append(" 件，按时办结 ")
        .append(onTime)
        .append(" 件");
    en.append(name)
        .append(": ")
        .append(items.size())
        .append(" received, ")
        .append(due)
        .append(" due, ")
        .append(onTime)
        .append(" handled on time");
    for (FeedbackStatus s : FeedbackStatus.values()) {
      if (s != FeedbackStatus.ON_TIME && counts.get(s) > 0) {
        zh.append("，").append(s.zh()).append(" ").append(counts.get(s)).append(" 件");
        en.append(", ").append(counts.get(s)).append(' ').append(s.en());
      }
    }
    return new UnitFeedback(
        unitId,
        name,
        items.size(),
        ImmutableMap.copyOf(counts),
        due,
        onTime,
        Explanation.of(zh.toString(), en.toString()));
  }
}
