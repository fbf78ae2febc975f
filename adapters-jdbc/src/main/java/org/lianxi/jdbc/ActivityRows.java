package org.lianxi.jdbc;

import static org.lianxi.jdbc.Column.integer;
import static org.lianxi.jdbc.Column.seconds;
import static org.lianxi.jdbc.Column.text;
import static org.lianxi.jdbc.Column.time;

import com.google.common.base.Splitter;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.Venue;

/**
 * The rows of the activity log: {@code seq}, then {@link #COLUMNS} (the activity's fields and its
 * chain hash). Times are stored to the second, topics {@code ;}-separated in enum order.
 */
final class ActivityRows {
  private ActivityRows() {}

  static final List<Column> COLUMNS =
      List.of(
          text("activity_id", FactTables.ID),
          text("cadre_id", FactTables.ID),
          text("type", FactTables.ENUM),
          time("start_at"),
          integer("minutes"),
          text("contact_unit_id", FactTables.ID).orNull(),
          text("venue", FactTables.ENUM),
          text("topics", 200),
          integer("participants").orNull(),
          text("evidence", 2000).orNull(),
          time("recorded_at"),
          text("supersedes", FactTables.ID).orNull(),
          text("hash", 64));

  static final int HASH = 12;

  /** {@code seq, activity_id, ..., hash} for SELECT and INSERT. */
  static final String NAMES = "seq, " + Column.names(COLUMNS);

  private static final Splitter SEMICOLON = Splitter.on(';');

  /** The row of {@code a} with its chain hash, checked against the columns. */
  static Object[] encode(Activity a, String hash) {
    Object[] row = values(a);
    row[HASH] = hash;
    String where = "Activity[" + a.activityId() + "]";
    for (int i = 0; i < row.length; i++) {
      COLUMNS.get(i).check(where, row[i]);
    }
    return row;
  }

  /** The row of {@code a} as stored, unchecked, without its hash (null). */
  static Object[] values(Activity a) {
    return new Object[] {
      a.activityId(),
      a.cadreId(),
      a.type().name(),
      seconds(a.start()),
      a.minutes(),
      a.contactUnitId().orElse(null),
      a.venue().name(),
      topics(a),
      a.participants().isPresent() ? a.participants().getAsInt() : null,
      a.evidence().orElse(null),
      seconds(a.recordedAt()),
      a.supersedes().orElse(null),
      null
    };
  }

  /** The activity of a stored row; a row that is not a valid activity fails naming its seq. */
  static Activity decode(long seq, Object[] r) {
    try {
      Integer participants = (Integer) r[8];
      return Activity.builder()
          .activityId((String) r[0])
          .cadreId((String) r[1])
          .type(ActivityType.valueOf((String) r[2]))
          .start((LocalDateTime) r[3])
          .minutes((Integer) r[4])
          .contactUnitId(Optional.ofNullable((String) r[5]))
          .venue(Venue.valueOf((String) r[6]))
          .topics(topics((String) r[7]))
          .participants(participants == null ? OptionalInt.empty() : OptionalInt.of(participants))
          .evidence(Optional.ofNullable((String) r[9]))
          .recordedAt((LocalDateTime) r[10])
          .supersedes(Optional.ofNullable((String) r[11]))
          .build();
    } catch (RuntimeException e) {
      throw new LianxiException(
          "activity log: record " + seq + " is not a valid activity: " + e, e);
    }
  }

  /** Topics as stored: {@code ;}-separated in enum order. */
  private static String topics(Activity a) {
    if (a.topics().isEmpty()) {
      return "";
    }
    int mask = 0;
    for (Topic t : a.topics()) {
      mask |= 1 << t.ordinal();
    }
    return TOPIC_TEXTS[mask];
  }

  private static final Topic[] TOPICS = Topic.values();

  /** The stored text of every set of topics, by the bits of their ordinals. */
  private static final String[] TOPIC_TEXTS = topicTexts();

  private static String[] topicTexts() {
    if (TOPICS.length > 16) {
      throw new IllegalStateException("more topics than the stored-text table holds");
    }
    String[] texts = new String[1 << TOPICS.length];
    for (int mask = 0; mask < texts.length; mask++) {
      StringBuilder b = new StringBuilder();
      for (Topic t : TOPICS) {
        if ((mask & (1 << t.ordinal())) != 0) {
          b.append(b.length() == 0 ? "" : ";").append(t.name());
        }
      }
      texts[mask] = b.toString();
    }
    return texts;
  }

  private static EnumSet<Topic> topics(String stored) {
    EnumSet<Topic> topics = EnumSet.noneOf(Topic.class);
    if (stored != null && !stored.isEmpty()) {
      for (String t : SEMICOLON.split(stored)) {
        topics.add(Topic.valueOf(t));
      }
    }
    return topics;
  }
}
