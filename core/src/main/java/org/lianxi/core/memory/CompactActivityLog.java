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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
 * about 50 bytes per record at province scale (about 80 keeping every hash) instead of about 400
 * for {@link InMemoryActivityLog}. Records sit in chunks of 8,192: per record seven packed {@code
 * int}s (epoch minute of the start; seconds from it to recorded-at; type, venue, topics and minutes
 * in one word; participants and an evidence-dictionary index in another; dictionary indexes of the
 * cadre and contact unit ids; the end of its id in the chunk's UTF-8 id bytes), and by default the
 * 32-byte chain hash of every 16th record (see {@link #CompactActivityLog(HashChain, int)}). Rare
 * values (a start or recorded-at that is not a whole minute / second, very long minutes, huge
 * participant counts, evidence texts beyond the first 65,534 distinct ones, {@code supersedes}) sit
 * in small side maps. No array is larger than a chunk (no G1 humongous regions; an append copies
 * only the chunk directories). {@link Activity} and {@link LogEntry} values are materialised on
 * read: {@link #activities()} builds every record anew on each call (equal to the appended ones,
 * not the same objects), so a host reading the log often pays that in time (the full assessment
 * reads it twice); {@link #activitiesStartingBetween} filters on the start column first.
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
  private static final int DEFAULT_HASH_EVERY = 16;
  private static final int NONE = -1;
  private static final Topic[] TOPICS = Topic.values();
  private static final ActivityType[] TYPES = ActivityType.values();
  private static final Venue[] VENUES = Venue.values();
  private static final List<ImmutableSet<Topic>> TOPIC_SETS = topicSets();
  private static final LocalTime[] MINUTES_OF_DAY = minutesOfDay();
  private static final int SMALL = 1024;
  private static final OptionalInt[] PARTICIPANTS = participants();

  /** Records per chunk: every array stays small (no G1 humongous regions), growth copies none. */
  private static final int SHIFT = 13;

  private static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;

  /** Ints per record in a chunk's row array. */
  private static final int W = 7;

  private static final int CADRE = 0;
  private static final int UNIT = 1;
  private static final int START = 2;
  private static final int RECORDED = 3;
  private static final int KIND = 4;
  private static final int EXTRA = 5;
  private static final int ID_END = 6;

  private static final int TYPE_BITS = bits(TYPES.length);
  private static final int VENUE_BITS = bits(VENUES.length);
  private static final int VENUE_SHIFT = TYPE_BITS;
  private static final int TOPIC_SHIFT = VENUE_SHIFT + VENUE_BITS;
  private static final int MINUTES_SHIFT = TOPIC_SHIFT + TOPICS.length;
  private static final int MINUTES_MAX = (int) ((1L << (32 - MINUTES_SHIFT)) - 1); // = side map

  /** The 16-bit fields of EXTRA (participants low, evidence high): absent, or in a side map. */
  private static final int ABSENT = 0xFFFF;

  private static final int ODD = 0xFFFE;

  private static final int PAGE_SHIFT = 16;

  static {
    if (MINUTES_SHIFT > 20) {
      throw new ExceptionInInitializerError("CompactActivityLog: enums too large to pack");
    }
  }

  private final HashChain chain;

  /** One record in {@code every} keeps its hash (the last of each run of {@code every}). */
  private final int every;

  private final Object lock = new Object();

  /** The published state: readers take it once and read only records below its size. */
  private volatile State state = State.EMPTY;

  // Under lock only (writers and find):
  private final Map<String, Integer> cadreAndUnitIndex = new HashMap<>();
  private final Map<String, Integer> evidenceIndex = new HashMap<>();
  private int[][] idTable = new int[][] {new int[16]};
  private int idTableSize = 16;

  /** An empty log with an unkeyed (SHA-256) chain, keeping every 16th hash. */
  public CompactActivityLog() {
    this(HashChain.sha256(), DEFAULT_HASH_EVERY);
  }

  /**
   * An empty log.
   *
   * @param chain the chain it links with (e.g. {@link HashChain#hmac(byte[])})
   * @param hashEvery which hashes it keeps: 1 keeps every record's (32 bytes a record); {@code k}
   *     (a power of two up to 64) keeps the hash of every k-th record and the head, and {@link
   *     #entries()} recomputes the others from the nearest kept one (32/k bytes a record; reading
   *     the entries in order costs one more link per record, reading one entry up to k - 1 links).
   *     A kept hash is never recomputed: a record changed in memory after its append makes the next
   *     kept hash disagree with the recomputed chain, so {@link HashChain#verify} still reports it.
   */
  public CompactActivityLog(HashChain chain, int hashEvery) {
    LianxiException.check(
        hashEvery >= 1 && hashEvery <= 64 && Integer.bitCount(hashEvery) == 1,
        "CompactActivityLog",
        "hashEvery",
        hashEvery,
        "must be a power of two from 1 to 64");
    this.chain = chain;
    this.every = hashEvery;
  }

  private static int bits(int values) {
    return 32 - Integer.numberOfLeadingZeros(Math.max(1, values - 1));
  }

  // ----------------------------------------------------------------------------- the state

  /**
   * One published version of the log. Records live in chunks of {@value #CHUNK}: a row array of
   * {@value #W} ints per record, a hash array of 32 bytes per record, and the ids' UTF-8 bytes. The
   * directories are copied on every append; chunk slots below {@code size} never change once
   * published, slots above it are written only by the next append before it publishes.
   */
  private static final class State {
    static final State EMPTY =
        new State(
            0,
            ChainHead.EMPTY,
            new int[0][],
            new byte[0][],
            new byte[0][],
            new String[0],
            new String[0],
            Sides.NONE);

    final int size;
    final ChainHead head;
    final int[][] rows;
    final byte[][] hashes;
    final byte[][] ids;
    final String[] words; // cadre and contact unit ids
    final String[] evidence; // evidence texts seen more than once (the first 65,534)
    final Sides sides;

    State(
        int size,
        ChainHead head,
        int[][] rows,
        byte[][] hashes,
        byte[][] ids,
        String[] words,
        String[] evidence,
        Sides sides) {
      this.size = size;
      this.head = head;
      this.rows = rows;
      this.hashes = hashes;
      this.ids = ids;
      this.words = words;
      this.evidence = evidence;
      this.sides = sides;
    }

    int idFrom(int i) {
      return (i & MASK) == 0 ? 0 : rows[i >>> SHIFT][((i & MASK) - 1) * W + ID_END];
    }

    String id(int i) {
      int from = idFrom(i);
      int to = rows[i >>> SHIFT][(i & MASK) * W + ID_END];
      return new String(ids[i >>> SHIFT], from, to - from, StandardCharsets.UTF_8);
    }

    boolean idEquals(int i, byte[] id) {
      int from = idFrom(i);
      int to = rows[i >>> SHIFT][(i & MASK) * W + ID_END];
      return Arrays.equals(ids[i >>> SHIFT], from, to, id, 0, id.length);
    }

    int startMinute(int i) {
      return rows[i >>> SHIFT][(i & MASK) * W + START];
    }

    LocalDateTime start(int i) {
      LocalDateTime odd = sides.start.isEmpty() ? null : sides.start.get(i);
      return odd != null ? odd : minuteToTime(startMinute(i));
    }

    Activity activity(int i) {
      int[] row = rows[i >>> SHIFT];
      int b = (i & MASK) * W;
      int kind = row[b + KIND];
      int u = row[b + UNIT];
      int extra = row[b + EXTRA];
      int p = extra & 0xFFFF;
      int e = extra >>> 16;
      int m = kind >>> MINUTES_SHIFT;
      LocalDateTime start = start(i);
      LocalDateTime recorded = sides.recorded.isEmpty() ? null : sides.recorded.get(i);
      if (recorded == null) {
        long seconds = row[b + START] * 60L + row[b + RECORDED];
        int second = (int) Math.floorMod(seconds, 60);
        recorded = minuteToTime(Math.floorDiv(seconds, 60));
        recorded = second == 0 ? recorded : recorded.withSecond(second);
      }
      return Activity.builder()
          .activityId(id(i))
          .cadreId(words[row[b + CADRE]])
          .type(TYPES[kind & ((1 << TYPE_BITS) - 1)])
          .start(start)
          .minutes(m == MINUTES_MAX ? sides.minutes.get(i) : m)
          .contactUnitId(u == NONE ? Optional.empty() : Optional.of(words[u]))
          .venue(VENUES[(kind >>> VENUE_SHIFT) & ((1 << VENUE_BITS) - 1)])
          .topics(TOPIC_SETS.get((kind >>> TOPIC_SHIFT) & ((1 << TOPICS.length) - 1)))
          .participants(
              p == ABSENT
                  ? OptionalInt.empty()
                  : p == ODD
                      ? OptionalInt.of(sides.participants.get(i))
                      : p < SMALL ? PARTICIPANTS[p] : OptionalInt.of(p))
          .evidence(
              e == ABSENT
                  ? Optional.empty()
                  : Optional.of(e == ODD ? sides.evidence.get(i) : evidence[e]))
          .recordedAt(recorded)
          .supersedes(
              Optional.ofNullable(sides.supersedes.isEmpty() ? null : sides.supersedes.get(i)))
          .build();
    }

    /** The kept hash of record {@code i} (whose index + 1 is a multiple of {@code every}). */
    String keptHash(int i, int every) {
      int at = (i & MASK) / every * HASH_BYTES;
      return HashCode.fromBytes(Arrays.copyOfRange(hashes[i >>> SHIFT], at, at + HASH_BYTES))
          .toString();
    }
  }

  /**
   * The rare values kept beside the rows, by record index: a start that is not a whole minute (or
   * out of the int range of epoch minutes), a recorded-at with nanos (or more than 68 years from
   * the start), very long minutes, participants of 65,534 or more, evidence beyond the dictionary,
   * and {@code supersedes}. Copied on write: a published instance never changes.
   */
  private static final class Sides {
    static final Sides NONE = new Sides();

    final Map<Integer, LocalDateTime> start;
    final Map<Integer, LocalDateTime> recorded;
    final Map<Integer, Integer> minutes;
    final Map<Integer, Integer> participants;
    final Map<Integer, String> evidence;
    final Map<Integer, String> supersedes;

    private Sides() {
      this(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    private Sides(
        Map<Integer, LocalDateTime> start,
        Map<Integer, LocalDateTime> recorded,
        Map<Integer, Integer> minutes,
        Map<Integer, Integer> participants,
        Map<Integer, String> evidence,
        Map<Integer, String> supersedes) {
      this.start = start;
      this.recorded = recorded;
      this.minutes = minutes;
      this.participants = participants;
      this.evidence = evidence;
      this.supersedes = supersedes;
    }

    Sides copy() {
      return new Sides(
          new HashMap<>(start),
          new HashMap<>(recorded),
          new HashMap<>(minutes),
          new HashMap<>(participants),
          new HashMap<>(evidence),
          new HashMap<>(supersedes));
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
          throw LianxiException.changedRecord(a.activityId());
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
    int total = Math.addExact(n, accepted.size());
    int chunks = (int) ((total + (long) MASK) >>> SHIFT);
    int[][] rows = Arrays.copyOf(s.rows, chunks);
    byte[][] hashes = Arrays.copyOf(s.hashes, chunks);
    byte[][] ids = Arrays.copyOf(s.ids, chunks);
    byte[][] idBytes = new byte[accepted.size()][];
    for (int j = 0; j < idBytes.length; j++) {
      idBytes[j] = accepted.get(j).activityId().getBytes(StandardCharsets.UTF_8);
    }
    // chunk arrays: new chunks sized for what this append puts in them, the last one grown
    for (int c = n >>> SHIFT; c < chunks; c++) {
      int from = Math.max(n, c << SHIFT);
      int to = Math.min(total, (c + 1) << SHIFT);
      int used = from == (c << SHIFT) ? 0 : s.idFrom(from);
      long need = used;
      for (int i = from; i < to; i++) {
        need += idBytes[i - n].length;
      }
      if (need > Integer.MAX_VALUE - 16) {
        throw new LianxiException(
            "CompactActivityLog: ids too long (" + need + " bytes per chunk)");
      }
      boolean full = to == (c + 1) << SHIFT;
      int len = full ? (int) need : (int) Math.min(Integer.MAX_VALUE - 16, need + need / 2 + 16);
      if (rows[c] == null) {
        rows[c] = new int[(full ? CHUNK : Math.max(16, Math.min(CHUNK, (to - from) * 2))) * W];
        hashes[c] = new byte[rows[c].length / W / every * HASH_BYTES];
        ids[c] = new byte[len];
      } else {
        int capacity =
            Math.min(
                CHUNK, full ? CHUNK : Math.max(to - (c << SHIFT), (to - (c << SHIFT)) * 3 / 2));
        if (rows[c].length < (to - (c << SHIFT)) * W) {
          rows[c] = Arrays.copyOf(rows[c], capacity * W);
          hashes[c] = Arrays.copyOf(hashes[c], capacity / every * HASH_BYTES);
        }
        if (ids[c].length < need) {
          ids[c] = Arrays.copyOf(ids[c], len);
        }
      }
    }
    ensureTable(total);

    List<String> newWords = new ArrayList<>();
    List<String> newEvidence = new ArrayList<>();
    Sides sides = null;
    long seq = s.head.sequence();
    String previous = s.head.hash();
    for (int j = 0; j < accepted.size(); j++) {
      Activity a = accepted.get(j);
      int i = n + j;
      int[] row = rows[i >>> SHIFT];
      int b = (i & MASK) * W;
      byte[] id = idBytes[j];
      int idFrom = (i & MASK) == 0 ? 0 : row[b - W + ID_END];
      System.arraycopy(id, 0, ids[i >>> SHIFT], idFrom, id.length);
      row[b + ID_END] = idFrom + id.length;
      row[b + CADRE] = word(a.cadreId(), s.words.length, newWords);
      row[b + UNIT] =
          a.contactUnitId().isPresent()
              ? word(a.contactUnitId().get(), s.words.length, newWords)
              : NONE;
      int topics = 0;
      for (Topic t : a.topics()) {
        topics |= 1 << t.ordinal();
      }
      int m = a.minutes();
      if (m >= MINUTES_MAX) {
        sides = sides == null ? s.sides.copy() : sides;
        sides.minutes.put(i, m);
        m = MINUTES_MAX;
      }
      row[b + KIND] =
          a.type().ordinal()
              | a.venue().ordinal() << VENUE_SHIFT
              | topics << TOPIC_SHIFT
              | m << MINUTES_SHIFT;
      LocalDateTime start = a.start();
      long startSeconds = epochSecond(start);
      long minute = Math.floorDiv(startSeconds, 60);
      boolean inRange = minute == (int) minute;
      if (!inRange) {
        minute = 0;
      }
      row[b + START] = (int) minute;
      if (!inRange || start.getSecond() != 0 || start.getNano() != 0) {
        sides = sides == null ? s.sides.copy() : sides;
        sides.start.put(i, start);
      }
      LocalDateTime recorded = a.recordedAt();
      long delta = epochSecond(recorded) - minute * 60;
      if (recorded.getNano() != 0 || delta != (int) delta) {
        sides = sides == null ? s.sides.copy() : sides;
        sides.recorded.put(i, recorded);
        delta = 0;
      }
      row[b + RECORDED] = (int) delta;
      int p = ABSENT;
      if (a.participants().isPresent()) {
        p = a.participants().getAsInt();
        if (p >= ODD) {
          sides = sides == null ? s.sides.copy() : sides;
          sides.participants.put(i, p);
          p = ODD;
        }
      }
      int e = ABSENT;
      if (a.evidence().isPresent()) {
        String text = a.evidence().get();
        e = evidence(text, s.evidence.length, newEvidence);
        if (e == ODD) {
          sides = sides == null ? s.sides.copy() : sides;
          sides.evidence.put(i, text);
        }
      }
      row[b + EXTRA] = p | e << 16;
      if (a.supersedes().isPresent()) {
        sides = sides == null ? s.sides.copy() : sides;
        sides.supersedes.put(i, a.supersedes().get());
      }
      seq++;
      previous = chain.link(previous, a);
      if ((i + 1) % every == 0) {
        System.arraycopy(
            HashCode.fromString(previous).asBytes(),
            0,
            hashes[i >>> SHIFT],
            (i & MASK) / every * HASH_BYTES,
            HASH_BYTES);
      }
    }
    State next =
        new State(
            total,
            new ChainHead(seq, previous),
            rows,
            hashes,
            ids,
            extend(s.words, newWords),
            extend(s.evidence, newEvidence),
            sides == null ? s.sides : sides);
    for (int i = n; i < total; i++) {
      insertId(next, i);
    }
    return next;
  }

  private static String[] extend(String[] words, List<String> more) {
    if (more.isEmpty()) {
      return words;
    }
    String[] w = Arrays.copyOf(words, words.length + more.size());
    for (int k = 0; k < more.size(); k++) {
      w[words.length + k] = more.get(k);
    }
    return w;
  }

  /** The dictionary index of a cadre or unit id, adding it (as a new word of this append). */
  private int word(String w, int published, List<String> newWords) {
    Integer at = cadreAndUnitIndex.get(w);
    if (at != null) {
      return at;
    }
    int index = published + newWords.size();
    newWords.add(w);
    cadreAndUnitIndex.put(w, index);
    return index;
  }

  /** The evidence dictionary index of {@code text}, or {@link #ODD} once the dictionary is full. */
  private int evidence(String text, int published, List<String> newEvidence) {
    Integer at = evidenceIndex.get(text);
    if (at != null) {
      return at;
    }
    int index = published + newEvidence.size();
    if (index >= ODD) {
      return ODD;
    }
    newEvidence.add(text);
    evidenceIndex.put(text, index);
    return index;
  }

  private static long epochSecond(LocalDateTime t) {
    return t.toLocalDate().toEpochDay() * 86_400L + t.toLocalTime().toSecondOfDay();
  }

  // ----------------------------------------------------------------------------- id lookup

  /**
   * Open addressing (linear probing) over record indexes + 1 (0 = empty), a power of two at most
   * three quarters full, in pages of 65,536 slots.
   */
  private void ensureTable(int records) {
    if (idTableSize * 3L / 4 >= records) {
      return;
    }
    int size = idTableSize;
    while (size * 3L / 4 < records) {
      size <<= 1;
    }
    int pageSize = Math.min(size, 1 << PAGE_SHIFT);
    int[][] pages = new int[size / pageSize][];
    for (int p = 0; p < pages.length; p++) {
      pages[p] = new int[pageSize];
    }
    idTable = pages;
    idTableSize = size;
    State s = state;
    for (int i = 0; i < s.size; i++) {
      insertId(s, i);
    }
  }

  private int slot(int k) {
    return idTable[k >>> PAGE_SHIFT][k & ((1 << PAGE_SHIFT) - 1)];
  }

  private void insertId(State s, int i) {
    int mask = idTableSize - 1;
    int k = spread(s.id(i).hashCode()) & mask;
    while (slot(k) != 0) {
      k = (k + 1) & mask;
    }
    idTable[k >>> PAGE_SHIFT][k & ((1 << PAGE_SHIFT) - 1)] = i + 1;
  }

  /** The index of the record with this id in {@code s}, or {@link #NONE}. Under lock. */
  private int indexOf(State s, String activityId) {
    if (s.size == 0) {
      return NONE;
    }
    byte[] id = activityId.getBytes(StandardCharsets.UTF_8);
    int mask = idTableSize - 1;
    int k = spread(activityId.hashCode()) & mask;
    int e;
    while ((e = slot(k)) != 0) {
      int i = e - 1;
      if (i < s.size && s.idEquals(i, id)) {
        return i;
      }
      k = (k + 1) & mask;
    }
    return NONE;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
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
    return new Entries(s, chain, every);
  }

  /** The entries of one snapshot; hashes that are not kept are recomputed (see the constructor). */
  private static final class Entries extends AbstractList<LogEntry> implements RandomAccess {
    private final State s;
    private final HashChain chain;
    private final int every;

    Entries(State s, HashChain chain, int every) {
      this.s = s;
      this.chain = chain;
      this.every = every;
    }

    private boolean kept(int i) {
      return (i + 1) % every == 0;
    }

    /** The hash of record {@code i} given record {@code i - 1}'s; {@code a} is record i. */
    private String hash(int i, Activity a, String previous) {
      if (kept(i)) {
        return s.keptHash(i, every);
      }
      if (i == s.size - 1) {
        return s.head.hash();
      }
      return chain.link(previous, a);
    }

    /** The hash of record {@code i - 1} ({@link HashChain#GENESIS} for the first). */
    private String previous(int i) {
      int from = i / every * every; // first record after the last kept hash before i
      String h = from == 0 ? HashChain.GENESIS : s.keptHash(from - 1, every);
      for (int j = from; j < i; j++) {
        h = chain.link(h, s.activity(j));
      }
      return h;
    }

    @Override
    public LogEntry get(int index) {
      if (index < 0 || index >= s.size) {
        throw new IndexOutOfBoundsException(index);
      }
      Activity a = s.activity(index);
      String h =
          kept(index) || index == s.size - 1 ? hash(index, a, "") : hash(index, a, previous(index));
      return new LogEntry(index + 1L, a, h);
    }

    /** In order, each hash from the previous one: one link per record not kept. */
    @Override
    public Iterator<LogEntry> iterator() {
      return new Iterator<>() {
        private int next;
        private String previous = HashChain.GENESIS;

        @Override
        public boolean hasNext() {
          return next < s.size;
        }

        @Override
        public LogEntry next() {
          if (next >= s.size) {
            throw new NoSuchElementException();
          }
          int i = next++;
          Activity a = s.activity(i);
          previous = hash(i, a, previous);
          return new LogEntry(i + 1L, a, previous);
        }
      };
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
      LocalDateTime odd = s.sides.start.isEmpty() ? null : s.sides.start.get(i);
      if (odd != null) {
        LocalDate day = odd.toLocalDate();
        if (!day.isBefore(from) && !day.isAfter(to)) {
          out.add(s.activity(i));
        }
      } else if (s.startMinute(i) >= lo && s.startMinute(i) < hi) {
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
