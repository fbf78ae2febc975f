package org.lianxi.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableSet;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.ActivityType;
import org.lianxi.core.domain.Topic;
import org.lianxi.core.domain.Venue;
import org.lianxi.core.memory.InMemoryActivityLog;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The activity log is tamper-evident (SPEC §4): over random logs and a random single edit, deletion
 * (including the last record, against a kept head), insertion or swap, {@link HashChain#verify}
 * detects it and names exactly the first record that differs from the log as written.
 *
 * <p>The attacker has write access to the database but not the host's HMAC key: forged hashes are
 * computed with the attacker's own key. A second property gives an unkeyed chain to an attacker who
 * recomputes every hash after the change: only the kept head can catch that, and it does.
 */
class HashChainTamperProperties {
  private static final byte[] HOST_KEY =
      "host-secret-key-0123456789".getBytes(StandardCharsets.UTF_8);
  private static final HashChain KEYED = HashChain.hmac(HOST_KEY);
  private static final HashChain FORGER =
      HashChain.hmac("attacker-guess-0123456789".getBytes(StandardCharsets.UTF_8));

  enum Kind {
    EDIT,
    EDIT_HASH,
    DELETE,
    DELETE_LAST,
    INSERT,
    SWAP
  }

  /** One change to the stored log: what, where, and whether later sequence numbers are fixed up. */
  record Tamper(Kind kind, int i, int j, int field, boolean renumber, Activity forged) {}

  record Case(List<Activity> log, Tamper tamper) {}

  // ------------------------------------------------------------------ generators

  private static final LocalDateTime BASE = LocalDateTime.parse("2024-09-02T08:00");
  private static final List<String> TEXTS =
      List.of("签到表.jpg", "photo;2", "a=1:b", "line\nbreak", "  padded  ", "照片", "x");

  static Gen<Activity> activities() {
    Gen<Integer> startMinutes = integers().between(0, 60 * 24 * 120);
    Gen<Integer> minutes = integers().between(1, 240);
    Gen<Integer> shape = integers().between(0, Integer.MAX_VALUE);
    Gen<Integer> delay = integers().between(-60, 60 * 24 * 40);
    return startMinutes.zip(
        minutes,
        shape,
        delay,
        (s, m, bits, d) -> {
          LocalDateTime start = BASE.plusMinutes(s);
          Activity.Builder b =
              Activity.builder()
                  .activityId("tmp")
                  .cadreId("C" + (bits % 3))
                  .type(ActivityType.values()[(bits >>> 2) % ActivityType.values().length])
                  .start(start)
                  .minutes(m)
                  .venue(Venue.values()[(bits >>> 7) % Venue.values().length])
                  .recordedAt(start.plusMinutes(d).withNano(0));
          if ((bits & 1 << 12) != 0) {
            b.contactUnitId("K" + ((bits >>> 13) % 5));
          }
          if ((bits & 1 << 16) != 0) {
            b.participants((bits >>> 17) % 80);
          }
          if ((bits & 1 << 24) != 0) {
            b.evidence(TEXTS.get((bits >>> 25) % TEXTS.size()));
          }
          EnumSet<Topic> topics = EnumSet.noneOf(Topic.class);
          for (Topic t : Topic.values()) {
            if ((bits >>> (18 + t.ordinal()) & 1) != 0) {
              topics.add(t);
            }
          }
          return b.topics(topics).build();
        });
  }

  /** Logs of 1–25 records with ids A1..An; some records correct an earlier one. */
  static Gen<List<Activity>> logs() {
    return lists()
        .of(activities())
        .ofSizeBetween(1, 25)
        .map(
            list -> {
              List<Activity> log = new ArrayList<>();
              for (int k = 0; k < list.size(); k++) {
                Activity.Builder b = Activity.builder().from(list.get(k)).activityId("A" + (k + 1));
                if (k > 0 && list.get(k).minutes() % 7 == 0) {
                  b.supersedes("A" + (list.get(k).minutes() % k + 1));
                }
                log.add(b.build());
              }
              return log;
            });
  }

  static Gen<Case> cases() {
    return logs()
        .flatMap(
            log -> {
              int n = log.size();
              Gen<Kind> kinds =
                  n >= 2
                      ? Generate.enumValues(Kind.class)
                      : Generate.pick(
                          List.of(Kind.EDIT, Kind.EDIT_HASH, Kind.DELETE_LAST, Kind.INSERT));
              return kinds.zip(
                  integers().between(0, n),
                  integers().between(0, n),
                  integers().between(0, 10),
                  Generate.booleans().zip(activities(), (r, f) -> new Object[] {r, f}),
                  (kind, i, j, field, rest) -> {
                    Activity forged =
                        Activity.builder().from((Activity) rest[1]).activityId("F1").build();
                    return new Case(
                        log, normalise(kind, i, j, field, (Boolean) rest[0], forged, n));
                  });
            });
  }

  /** Positions valid for the kind: i in 0..n-1 (0..n for INSERT); SWAP with i < j. */
  private static Tamper normalise(
      Kind kind, int i, int j, int field, boolean renumber, Activity forged, int n) {
    switch (kind) {
      case INSERT:
        return new Tamper(kind, i, 0, field, renumber, forged);
      case DELETE_LAST:
        return new Tamper(kind, n - 1, 0, field, renumber, forged);
      case SWAP:
        int a = i % n;
        int b = j % n;
        if (a == b) {
          b = (a + 1) % n;
        }
        return new Tamper(kind, Math.min(a, b), Math.max(a, b), field, renumber, forged);
      default:
        return new Tamper(kind, i % n, 0, field, renumber, forged);
    }
  }

  // ------------------------------------------------------------------ tampering

  static List<LogEntry> write(HashChain chain, List<Activity> log) {
    InMemoryActivityLog store = new InMemoryActivityLog(chain);
    store.append(log);
    return store.entries();
  }

  /** A change of one field that always changes the record's canonical encoding. */
  static Activity edit(Activity a, int field) {
    Activity.Builder b = Activity.builder().from(a);
    switch (field) {
      case 0:
        return b.cadreId(a.cadreId() + "x").build();
      case 1:
        return b.type(
                ActivityType.values()[(a.type().ordinal() + 1) % ActivityType.values().length])
            .build();
      case 2:
        return b.start(a.start().plusMinutes(1)).build();
      case 3:
        return b.minutes(a.minutes() + 1).build();
      case 4:
        return b.contactUnitId(a.contactUnitId().map(u -> u + "x").orElse("K9")).build();
      case 5:
        return b.venue(Venue.values()[(a.venue().ordinal() + 1) % Venue.values().length]).build();
      case 6:
        EnumSet<Topic> topics = EnumSet.noneOf(Topic.class);
        topics.addAll(a.topics());
        if (!topics.remove(Topic.CAREER)) {
          topics.add(Topic.CAREER);
        }
        return b.topics(ImmutableSet.copyOf(topics)).build();
      case 7:
        OptionalInt p = a.participants();
        return b.participants(p.isPresent() ? p.getAsInt() + 1 : 0).build();
      case 8:
        return b.evidence(a.evidence().map(e -> e + " ").orElse("x")).build();
      case 9:
        return b.recordedAt(a.recordedAt().plusSeconds(1)).build();
      default:
        Optional<String> s = a.supersedes();
        return b.supersedes(
                s.isPresent() && !s.get().equals("F1") ? Optional.of("F1") : Optional.of("A0"))
            .build();
    }
  }

  /** The stored log after the change, as an attacker without the host's key would leave it. */
  static List<LogEntry> tamper(List<LogEntry> entries, Tamper t) {
    List<LogEntry> out = new ArrayList<>(entries);
    int i = t.i();
    switch (t.kind()) {
      case EDIT:
        {
          LogEntry e = out.get(i);
          Activity changed = edit(e.activity(), t.field());
          String previous = i == 0 ? HashChain.GENESIS : out.get(i - 1).hash();
          String hash = t.renumber() ? FORGER.link(previous, changed) : e.hash();
          out.set(i, new LogEntry(e.sequence(), changed, hash));
          return out;
        }
      case EDIT_HASH:
        {
          LogEntry e = out.get(i);
          out.set(i, new LogEntry(e.sequence(), e.activity(), FORGER.link(e.hash(), e.activity())));
          return out;
        }
      case DELETE:
      case DELETE_LAST:
        out.remove(i);
        return t.renumber() ? renumber(out, i) : out;
      case INSERT:
        {
          String previous = i == 0 ? HashChain.GENESIS : out.get(i - 1).hash();
          out.add(i, new LogEntry(i + 1L, t.forged(), FORGER.link(previous, t.forged())));
          return t.renumber() ? renumber(out, i + 1) : out;
        }
      case SWAP:
        {
          LogEntry a = out.get(i);
          LogEntry b = out.get(t.j());
          out.set(i, b);
          out.set(t.j(), a);
          return t.renumber() ? renumber(out, i) : out;
        }
    }
    throw new AssertionError(t);
  }

  /** Sequence numbers from {@code from} on set to their position, hashes left as stored. */
  private static List<LogEntry> renumber(List<LogEntry> out, int from) {
    for (int k = from; k < out.size(); k++) {
      out.set(k, new LogEntry(k + 1L, out.get(k).activity(), out.get(k).hash()));
    }
    return out;
  }

  /** The 1-based position of the first stored record that differs from the log as written. */
  static long firstDifference(List<LogEntry> written, List<LogEntry> stored) {
    int k = 0;
    while (k < written.size() && k < stored.size() && written.get(k).equals(stored.get(k))) {
      k++;
    }
    return k + 1L;
  }

  // ------------------------------------------------------------------ properties

  @Test
  void everySingleChangeIsDetectedAtTheFirstRecordThatDiffers() {
    Qt.qt()
        .forAll(cases())
        .checkAssert(
            c -> {
              List<LogEntry> written = write(KEYED, c.log());
              ChainHead kept = written.get(written.size() - 1).head();
              List<LogEntry> stored = tamper(written, c.tamper());
              long expected = firstDifference(written, stored);

              assertThat(KEYED.verify(written.iterator(), Optional.of(kept)).intact()).isTrue();
              ChainVerification withHead = KEYED.verify(stored.iterator(), Optional.of(kept));
              assertThat(withHead.intact()).as("%s", c.tamper()).isFalse();
              assertThat(withHead.firstBrokenSequence()).as("%s", c.tamper()).contains(expected);
              assertThat(withHead.problem().orElseThrow()).contains(Long.toString(expected));
              assertThat(withHead.problemZh().orElseThrow()).contains(Long.toString(expected));

              ChainVerification withoutHead = KEYED.verify(stored.iterator(), Optional.empty());
              boolean tailDeleted =
                  (c.tamper().kind() == Kind.DELETE || c.tamper().kind() == Kind.DELETE_LAST)
                      && c.tamper().i() == written.size() - 1;
              if (tailDeleted) {
                // Without a kept head a deleted tail leaves a valid shorter chain: keep the head.
                assertThat(withoutHead.intact()).isTrue();
              } else {
                assertThat(withoutHead.firstBrokenSequence())
                    .as("%s", c.tamper())
                    .contains(expected);
              }
            });
  }

  @Test
  void aRecomputedUnkeyedChainIsCaughtByTheKeptHead() {
    HashChain sha = HashChain.sha256();
    Qt.qt()
        .forAll(cases())
        .checkAssert(
            c -> {
              List<LogEntry> written = write(sha, c.log());
              ChainHead kept = written.get(written.size() - 1).head();
              List<Activity> changed = new ArrayList<>();
              tamper(written, c.tamper()).forEach(e -> changed.add(e.activity()));
              // The attacker rewrites the whole chain consistently over the changed records.
              List<LogEntry> stored = new ArrayList<>();
              String previous = HashChain.GENESIS;
              for (Activity a : changed) {
                previous = sha.link(previous, a);
                stored.add(new LogEntry(stored.size() + 1L, a, previous));
              }
              // An edit of the stored hash alone is undone by the recomputation; appending is
              // growth.
              boolean onlyAppended =
                  stored.size() >= written.size()
                      && stored.subList(0, written.size()).equals(written);

              assertThat(sha.verify(stored.iterator(), Optional.empty()).intact()).isTrue();
              ChainVerification v = sha.verify(stored.iterator(), Optional.of(kept));
              if (onlyAppended) {
                assertThat(v.intact()).isTrue();
              } else {
                long expected = Math.min(kept.sequence(), stored.size() + 1L);
                assertThat(v.firstBrokenSequence()).as("%s", c.tamper()).contains(expected);
              }
            });
  }
}
