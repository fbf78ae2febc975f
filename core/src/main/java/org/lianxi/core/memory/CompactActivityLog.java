package org.lianxi.core.memory;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.common.hash.HashCode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.integrity.HashChain;
import org.lianxi.core.integrity.LogEntry;
import org.lianxi.core.port.out.ActivityLogPort;

/**
 * The activity log in memory, hash-chained, stored by column for hosts whose heap is the limit:
 * about 90 bytes per record at province scale instead of about 400 for {@link InMemoryActivityLog}.
 * Each record is a few {@code int}s (epoch minute of the start, seconds from start to recorded-at,
 * minutes, participants, one packed word for type, venue and topics, and indexes into a dictionary
 * of the repeated strings: cadre, contact unit, evidence), its id as UTF-8 bytes in one shared
 * array, and its 32-byte chain hash in another; rare values (a start or recorded-at that is not a
 * whole minute / second, a {@code supersedes}) sit in small side maps. {@link Activity} and {@link
 * LogEntry} values are materialised on read: {@link #activities()} builds every record anew on each
 * call (equal to the appended ones, not the same objects), so a host reading the log many times
 * pays that; {@link #activitiesStartingBetween} filters on the start column before materialising.
 *
 * <p>Same contract and same hash chain as {@link InMemoryActivityLog}: for the same records the
 * heads are equal. Thread-safe: appends are serialised and atomic (a failing append changes
 * nothing); readers never block on appends and see a consistent snapshot (the records up to the
 * last completed append).
 *
 * <p>中文：按列存储的内存活动日志（哈希链），供内存受限的宿主使用；读取时重建值对象。线程安全。
 */
public final class CompactActivityLog implements ActivityLogPort {
  private static final int HASH_BYTES = 32;
  private static final int NONE = -1;
  private static final Topic[] TOPICS = Topic.values();
  private static final ActivityType[] TYPES = ActivityType.values();
  private static final Venue[] VENUES = Venue.values();
  private static final List<ImmutableSet<Topic>> TOPIC_SETS = topicSets();
  private static final LocalTime[] MINUTES_OF_DAY = minutesOfDay();
  private static final int SMALL = 1024;
  private static final OptionalInt[] PARTICIPANTS = participants();

  static {
    if (TYPES.length > 256 || VENUES.length > 256 || TOPICS.length > 16) {
      throw new ExceptionInInitializerError("CompactActivityLog: enum too large to pack");
    }
  }

  private final HashChain chain;
  private final Object lock = new Object();

  /** The published state: readers take it once and read only records below its size. */
  private volatile State state = State.EMPTY;

  // Under lock only (writers and find):
  private final Map<String, Integer> dictionaryIndex = new HashMap<>();
  private int[] idTable = new int[16];

  /** An empty log with an unkeyed (SHA-256) chain. */
  public CompactActivityLog() {
    this(HashChain.sha256());
  }

  /** An empty log with the given chain (e.g. {@link HashChain#hmac(byte[])}). */
  public CompactActivityLog(HashChain chain) {
    this.chain = chain;
  }

  // ----------------------------------------------------------------------------- the state

  /**
   * One published version of the columns. Arrays may be longer than {@code size}; slots below
   * {@code size} never change once published, slots above it are written only by the next append,
   * before it publishes a new state.
   */
  private static final class State {
    static final State EMPTY =
        new State(
            0,
            ChainHead.EMPTY,
            new int[] {0},
            new byte[0],
            new byte[0],
            new int[0],
            new int[0],
            new int[0],
            new int[0],
            new int[0],
            new int[0],
            new int[0],
            new int[0],
            new String[0],
            Map.of(),
            Map.of(),
            Map.of());

    final int size;
    final ChainHead head;
    final int[] idEnd; // idEnd[i + 1] = end of id i in idBytes, idEnd[0] = 0
    final byte[] idBytes;
    final byte[] hashes;
    final int[] cadre;
    final int[] unit;
    final int[] evidence;
    final int[] kind; // type ordinal | venue ordinal << 8 | topic bits << 16
    final int[] startMinute; // epoch minute (UTC-less local time)
    final int[] recordedDelta; // seconds from start minute to recorded-at
    final int[] minutes;
    final int[] participants; // NONE when absent
    final String[] dictionary;
    final Map<Integer, LocalDateTime> oddStart; // starts not on a whole minute, or out of range
    final Map<Integer, LocalDateTime> oddRecorded; // recorded-at with nanos, or far from start
    final Map<Integer, String> supersedes;

    State(
        int size,
        ChainHead head,
        int[] idEnd,
        byte[] idBytes,
        byte[] hashes,
        int[] cadre,
        int[] unit,
        int[] evidence,
        int[] kind,
        int[] startMinute,
        int[] recordedDelta,
        int[] minutes,
        int[] participants,
        String[] dictionary,
        Map<Integer, LocalDateTime> oddStart,
        Map<Integer, LocalDateTime> oddRecorded,
        Map<Integer, String> supersedes) {
      this.size = size;
      this.head = head;
      this.idEnd = idEnd;
      this.idBytes = idBytes;
      this.hashes = hashes;
      this.cadre = cadre;
      this.unit = unit;
      this.evidence = evidence;
      this.kind = kind;
      this.startMinute = startMinute;
      this.recordedDelta = recordedDelta;
      this.minutes = minutes;
      this.participants = participants;
      this.dictionary = dictionary;
      this.oddStart = oddStart;
      this.oddRecorded = oddRecorded;
      this.supersedes = supersedes;
    }

    String id(int i) {
      int from = idEnd[i];
      return new String(idBytes, from, idEnd[i + 1] - from, StandardCharsets.UTF_8);
    }

    boolean idEquals(int i, byte[] id) {
      int from = idEnd[i];
      int to = idEnd[i + 1];
      return Arrays.equals(idBytes, from, to, id, 0, id.length);
    }

    LocalDateTime start(int i) {
      LocalDateTime odd = oddStart.isEmpty() ? null : oddStart.get(i);
      return odd != null ? odd : minuteToTime(startMinute[i]);
    }

    LocalDateTime recordedAt(int i) {
      LocalDateTime odd = oddRecorded.isEmpty() ? null : oddRecorded.get(i);
      if (odd != null) {
        return odd;
      }
      long seconds = startMinute[i] * 60L + recordedDelta[i];
      long minute = Math.floorDiv(seconds, 60);
      int second = (int) Math.floorMod(seconds, 60);
      LocalDateTime t = minuteToTime(minute);
      return second == 0 ? t : t.withSecond(second);
    }

    Activity activity(int i) {
      int k = kind[i];
      int u = unit[i];
      int e = evidence[i];
      int p = participants[i];
      return Activity.builder()
          .activityId(id(i))
          .cadreId(dictionary[cadre[i]])
          .type(TYPES[k & 0xff])
          .start(start(i))
          .minutes(minutes[i])
          .contactUnitId(u == NONE ? Optional.empty() : Optional.of(dictionary[u]))
          .venue(VENUES[(k >>> 8) & 0xff])
          .topics(TOPIC_SETS.get(k >>> 16))
          .participants(
              p == NONE ? OptionalInt.empty() : p < SMALL ? PARTICIPANTS[p] : OptionalInt.of(p))
          .evidence(e == NONE ? Optional.empty() : Optional.of(dictionary[e]))
          .recordedAt(recordedAt(i))
          .supersedes(Optional.ofNullable(supersedes.isEmpty() ? null : supersedes.get(i)))
          .build();
    }

    String hash(int i) {
      return HashCode.fromBytes(Arrays.copyOfRange(hashes, i * HASH_BYTES, (i + 1) * HASH_BYTES))
          .toString();
    }
  }

  // --------------------------------------------------------------------------------- append

  @Override
  public ChainHead append(List<Activity> records) {
    synchronized (lock) {
      State s = state;
      // 1. validate the whole batch (nothing is written unless all of it is acceptable)
      List<Activity> accepted = new ArrayList<>(records.size());
      Map<String, Activity> added = new HashMap<>();
      for (Activity a : records) {
        Activity known = added.get(a.activityId());
        if (known == null) {
          int at = indexOf(s, a.activityId());
          known = at == NONE ? null : s.activity(at);
        }
        if (known != null) {
          if (known.equals(a)) {
            continue;
          }
          throw new LianxiException(
              "Activity["
                  + a.activityId()
                  + "]: already in the log with different content;"
                  + " send a correction (supersedes) instead");
        }
        if (a.supersedes().isPresent()) {
          String target = a.supersedes().get();
          if (!added.containsKey(target) && indexOf(s, target) == NONE) {
            throw new LianxiException(
                "Activity[" + a.activityId() + "].supersedes = " + target + ": no such record");
          }
        }
        added.put(a.activityId(), a);
        accepted.add(a);
      }
      if (accepted.isEmpty()) {
        return s.head;
      }
      // 2. write the records above the published size, then publish
      state = write(s, accepted);
      return state.head;
    }
  }

  private State write(State s, List<Activity> accepted) {
    int n = s.size;
    int total = n + accepted.size();
    int capacity = s.cadre.length >= total ? s.cadre.length : Math.max(total, n + (n >> 1));
    byte[][] ids = new byte[accepted.size()][];
    int idBytesNeeded = s.idEnd[n];
    for (int j = 0; j < ids.length; j++) {
      ids[j] = accepted.get(j).activityId().getBytes(StandardCharsets.UTF_8);
      idBytesNeeded = Math.addExact(idBytesNeeded, ids[j].length);
    }
    int[] idEnd = grow(s.idEnd, capacity + 1);
    byte[] idBytes =
        s.idBytes.length >= idBytesNeeded
            ? s.idBytes
            : Arrays.copyOf(
                s.idBytes,
                total == capacity
                    ? idBytesNeeded
                    : (int)
                        Math.min(Integer.MAX_VALUE - 8, idBytesNeeded + (long) idBytesNeeded / 2));
    byte[] hashes =
        s.hashes.length >= total * HASH_BYTES
            ? s.hashes
            : Arrays.copyOf(s.hashes, Math.multiplyExact(capacity, HASH_BYTES));
    int[] cadre = grow(s.cadre, capacity);
    int[] unit = grow(s.unit, capacity);
    int[] evidence = grow(s.evidence, capacity);
    int[] kind = grow(s.kind, capacity);
    int[] startMinute = grow(s.startMinute, capacity);
    int[] recordedDelta = grow(s.recordedDelta, capacity);
    int[] minutes = grow(s.minutes, capacity);
    int[] participants = grow(s.participants, capacity);
    List<String> newWords = new ArrayList<>();
    // side maps: copied on the first change (a published map never changes)
    Map<Integer, LocalDateTime> oddStart = null;
    Map<Integer, LocalDateTime> oddRecorded = null;
    Map<Integer, String> supersedes = null;
    ensureTable(total);

    long seq = s.head.sequence();
    String previous = s.head.hash();
    int dictSize = s.dictionary.length;
    for (int j = 0; j < accepted.size(); j++) {
      Activity a = accepted.get(j);
      int i = n + j;
      byte[] id = ids[j];
      System.arraycopy(id, 0, idBytes, idEnd[i], id.length);
      idEnd[i + 1] = idEnd[i] + id.length;
      cadre[i] = word(a.cadreId(), dictSize, newWords);
      unit[i] =
          a.contactUnitId().isPresent() ? word(a.contactUnitId().get(), dictSize, newWords) : NONE;
      evidence[i] = a.evidence().isPresent() ? word(a.evidence().get(), dictSize, newWords) : NONE;
      int topics = 0;
      for (Topic t : a.topics()) {
        topics |= 1 << t.ordinal();
      }
      kind[i] = a.type().ordinal() | a.venue().ordinal() << 8 | topics << 16;
      LocalDateTime start = a.start();
      long startSeconds = epochSecond(start);
      long minute = Math.floorDiv(startSeconds, 60);
      boolean inRange = minute == (int) minute;
      if (!inRange) {
        minute = 0;
      }
      startMinute[i] = (int) minute;
      if (!inRange || start.getSecond() != 0 || start.getNano() != 0) {
        oddStart = put(oddStart, s.oddStart, i, start);
      }
      LocalDateTime recorded = a.recordedAt();
      long delta = epochSecond(recorded) - minute * 60;
      if (recorded.getNano() != 0 || delta != (int) delta) {
        oddRecorded = put(oddRecorded, s.oddRecorded, i, recorded);
        delta = 0;
      }
      recordedDelta[i] = (int) delta;
      minutes[i] = a.minutes();
      participants[i] = a.participants().isPresent() ? a.participants().getAsInt() : NONE;
      if (a.supersedes().isPresent()) {
        supersedes = put(supersedes, s.supersedes, i, a.supersedes().get());
      }
      seq++;
      previous = chain.link(previous, a);
      System.arraycopy(HashCode.fromString(previous).asBytes(), 0, hashes, i * HASH_BYTES, 32);
    }
    String[] dictionary = s.dictionary;
    if (!newWords.isEmpty()) {
      dictionary = Arrays.copyOf(dictionary, dictSize + newWords.size());
      for (int w = 0; w < newWords.size(); w++) {
        dictionary[dictSize + w] = newWords.get(w);
      }
    }
    State next =
        new State(
            total,
            new ChainHead(seq, previous),
            idEnd,
            idBytes,
            hashes,
            cadre,
            unit,
            evidence,
            kind,
            startMinute,
            recordedDelta,
            minutes,
            participants,
            dictionary,
            oddStart == null ? s.oddStart : oddStart,
            oddRecorded == null ? s.oddRecorded : oddRecorded,
            supersedes == null ? s.supersedes : supersedes);
    for (int i = n; i < total; i++) {
      insertId(next, i);
    }
    return next;
  }

  /** The dictionary index of {@code w}, adding it (as a new word of this append) if new. */
  private int word(String w, int dictSize, List<String> newWords) {
    Integer at = dictionaryIndex.get(w);
    if (at != null) {
      return at;
    }
    int index = dictSize + newWords.size();
    newWords.add(w);
    dictionaryIndex.put(w, index);
    return index;
  }

  /** Copy-on-write for a side map: {@code current} is null until this append's first change. */
  private static <V> Map<Integer, V> put(
      Map<Integer, V> current, Map<Integer, V> published, int i, V value) {
    Map<Integer, V> m = current == null ? new HashMap<>(published) : current;
    m.put(i, value);
    return m;
  }

  private static int[] grow(int[] a, int capacity) {
    return a.length >= capacity ? a : Arrays.copyOf(a, capacity);
  }

  private static long epochSecond(LocalDateTime t) {
    return t.toLocalDate().toEpochDay() * 86_400L + t.toLocalTime().toSecondOfDay();
  }

  // ----------------------------------------------------------------------------- id lookup

  /**
   * Open addressing (linear probing) over record indexes + 1 (0 = empty), a power of two at most
   * three quarters full.
   */
  private void ensureTable(int records) {
    if (idTable.length * 3L / 4 >= records) {
      return;
    }
    int size = 16;
    while (size * 3L / 4 < records) {
      size <<= 1;
    }
    State s = state;
    idTable = new int[size];
    for (int i = 0; i < s.size; i++) {
      insertId(s, i);
    }
  }

  private void insertId(State s, int i) {
    int mask = idTable.length - 1;
    int slot = spread(s.id(i).hashCode()) & mask;
    while (idTable[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    idTable[slot] = i + 1;
  }

  /** The index of the record with this id in {@code s}, or {@link #NONE}. Under lock. */
  private int indexOf(State s, String activityId) {
    if (s.size == 0) {
      return NONE;
    }
    byte[] id = activityId.getBytes(StandardCharsets.UTF_8);
    int mask = idTable.length - 1;
    int slot = spread(activityId.hashCode()) & mask;
    int e;
    while ((e = idTable[slot]) != 0) {
      int i = e - 1;
      if (i < s.size && s.idEquals(i, id)) {
        return i;
      }
      slot = (slot + 1) & mask;
    }
    return NONE;
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  // ---------------------------------------------------------------------------------- reads

  @Override
  public ChainHead head() {
    return state.head;
  }

  /** Every record in sequence order: a view over the snapshot, each entry built when read. */
  @Override
  public List<LogEntry> entries() {
    State s = state;
    return new Entries(s);
  }

  private static final class Entries extends AbstractList<LogEntry> implements RandomAccess {
    private final State s;

    Entries(State s) {
      this.s = s;
    }

    @Override
    public LogEntry get(int index) {
      if (index < 0 || index >= s.size) {
        throw new IndexOutOfBoundsException(index);
      }
      return new LogEntry(index + 1L, s.activity(index), s.hash(index));
    }

    @Override
    public int size() {
      return s.size;
    }
  }

  /** Every activity in sequence order, materialised (an immutable list). */
  @Override
  public List<Activity> activities() {
    State s = state;
    Activity[] out = new Activity[s.size];
    for (int i = 0; i < s.size; i++) {
      out[i] = s.activity(i);
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  @Override
  public List<Activity> activitiesStartingBetween(LocalDate from, LocalDate to) {
    State s = state;
    long lo = from.toEpochDay() * 1440L;
    long hi = to.plusDays(1).toEpochDay() * 1440L;
    ImmutableList.Builder<Activity> out = ImmutableList.builder();
    for (int i = 0; i < s.size; i++) {
      if (!s.oddStart.isEmpty() && s.oddStart.containsKey(i)) {
        LocalDate day = s.oddStart.get(i).toLocalDate();
        if (!day.isBefore(from) && !day.isAfter(to)) {
          out.add(s.activity(i));
        }
      } else if (s.startMinute[i] >= lo && s.startMinute[i] < hi) {
        out.add(s.activity(i));
      }
    }
    return out.build();
  }

  @Override
  public Optional<Activity> find(String activityId) {
    State s;
    int at;
    synchronized (lock) {
      s = state;
      at = indexOf(s, activityId);
    }
    return at == NONE ? Optional.empty() : Optional.of(s.activity(at));
  }

  /** The number of records. */
  public int size() {
    return state.size;
  }

  // ------------------------------------------------------------------------- shared values

  private static LocalDateTime minuteToTime(long epochMinute) {
    long day = Math.floorDiv(epochMinute, 1440);
    int minuteOfDay = (int) Math.floorMod(epochMinute, 1440);
    return LocalDateTime.of(LocalDate.ofEpochDay(day), MINUTES_OF_DAY[minuteOfDay]);
  }

  private static List<ImmutableSet<Topic>> topicSets() {
    List<ImmutableSet<Topic>> sets = new ArrayList<>();
    for (int bits = 0; bits < 1 << TOPICS.length; bits++) {
      EnumSet<Topic> set = EnumSet.noneOf(Topic.class);
      for (Topic t : TOPICS) {
        if ((bits & 1 << t.ordinal()) != 0) {
          set.add(t);
        }
      }
      sets.add(Sets.immutableEnumSet(set));
    }
    return List.copyOf(sets);
  }

  private static LocalTime[] minutesOfDay() {
    LocalTime[] times = new LocalTime[1440];
    for (int m = 0; m < times.length; m++) {
      times[m] = LocalTime.of(m / 60, m % 60);
    }
    return times;
  }

  private static OptionalInt[] participants() {
    OptionalInt[] p = new OptionalInt[SMALL];
    for (int i = 0; i < p.length; i++) {
      p[i] = OptionalInt.of(i);
    }
    return p;
  }
}
