package org.lianxi.core.integrity;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.LianxiException;

/**
 * The activity log's hash chain. Each record's hash is SHA-256 (or HMAC-SHA-256 with a key held by
 * the host) over the previous record's hash and a canonical encoding of the record that does not
 * depend on how a database stores times, nulls or padding: every field is written as {@code
 * name=length:value}, times at second precision, absent values as empty, topics in enum order.
 *
 * <p>Immutable and thread-safe.
 */
public final class HashChain {
  /** The "previous hash" of the first record. */
  public static final String GENESIS = "0".repeat(64);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private final HashFunction function;

  private HashChain(HashFunction function) {
    this.function = function;
  }

  /** An unkeyed chain (SHA-256). */
  public static HashChain sha256() {
    return new HashChain(Hashing.sha256());
  }

  /** A keyed chain (HMAC-SHA-256): without the key, nobody can recompute it. */
  public static HashChain hmac(byte[] key) {
    LianxiException.check(
        key.length >= 16, "HashChain", "key", key.length + " bytes", "must be >= 16 bytes");
    return new HashChain(Hashing.hmacSha256(key));
  }

  /** The hash of {@code activity} following a record whose hash is {@code previousHash}. */
  public String link(String previousHash, Activity activity) {
    // The same bytes as previousHash in US-ASCII then canonical(activity) in UTF-8, written
    // without the intermediate text (see CanonicalBytes and HashChainFastPathProperties).
    CanonicalBytes bytes = CanonicalBytes.of(previousHash, activity);
    return function.newHasher().putBytes(bytes.array(), 0, bytes.size()).hash().toString();
  }

  /** The canonical text of a record (version 1). */
  public static String canonical(Activity a) {
    StringBuilder b = new StringBuilder("lianxi-activity-v1\n");
    field(b, "activity_id", a.activityId());
    field(b, "cadre_id", a.cadreId());
    field(b, "type", a.type().name());
    field(b, "start", time(a.start()));
    field(b, "minutes", Integer.toString(a.minutes()));
    field(b, "contact_unit_id", a.contactUnitId().orElse(""));
    field(b, "venue", a.venue().name());
    field(
        b, "topics", a.topics().stream().sorted().map(Enum::name).collect(Collectors.joining(";")));
    OptionalInt p = a.participants();
    field(b, "participants", p.isPresent() ? Integer.toString(p.getAsInt()) : "");
    field(b, "evidence", a.evidence().orElse(""));
    field(b, "recorded_at", time(a.recordedAt()));
    field(b, "supersedes", a.supersedes().orElse(""));
    return b.toString();
  }

  private static String time(LocalDateTime t) {
    return TIME.format(t);
  }

  private static void field(StringBuilder b, String name, String value) {
    b.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
  }

  /**
   * Checks a log read in sequence order, optionally against a head kept outside the database. Names
   * the first record that fails: a changed record, a gap or reordering, or (with a kept head) a
   * deleted tail.
   */
  public ChainVerification verify(Iterator<LogEntry> entries, Optional<ChainHead> keptHead) {
    String previous = GENESIS;
    String hashAtHead = keptHead.isPresent() && keptHead.get().sequence() == 0 ? GENESIS : null;
    long expected = 1;
    long read = 0;
    while (entries.hasNext()) {
      LogEntry e = entries.next();
      read++;
      if (e.sequence() != expected) {
        return ChainVerification.broken(
            read,
            expected,
            "record "
                + expected
                + " is missing or out of order (found sequence "
                + e.sequence()
                + ")",
            "第 " + expected + " 条记录缺失或顺序被改动（读到序号 " + e.sequence() + "）");
      }
      String h = link(previous, e.activity());
      if (!h.equals(e.hash())) {
        return ChainVerification.broken(
            read,
            e.sequence(),
            "record "
                + e.sequence()
                + " ("
                + e.activity().activityId()
                + ") does not match its hash",
            "第 " + e.sequence() + " 条记录（" + e.activity().activityId() + "）与其哈希不符");
      }
      if (keptHead.isPresent() && keptHead.get().sequence() == e.sequence()) {
        hashAtHead = h;
      }
      previous = h;
      expected++;
    }
    long last = expected - 1;
    if (keptHead.isPresent()) {
      ChainHead head = keptHead.get();
      if (head.sequence() > last) {
        return ChainVerification.broken(
            read,
            last + 1,
            "the log ends at record "
                + last
                + " but the kept head is "
                + head.sequence()
                + ": records "
                + (last + 1)
                + ".."
                + head.sequence()
                + " were deleted",
            "日志止于第 "
                + last
                + " 条，而保存的链头为第 "
                + head.sequence()
                + " 条：第 "
                + (last + 1)
                + "–"
                + head.sequence()
                + " 条已被删除");
      }
      if (!head.hash().equals(hashAtHead)) {
        return ChainVerification.broken(
            read,
            head.sequence(),
            "record " + head.sequence() + " does not match the kept head " + head,
            "第 " + head.sequence() + " 条记录与保存的链头不符");
      }
    }
    return ChainVerification.ok(read);
  }
}
