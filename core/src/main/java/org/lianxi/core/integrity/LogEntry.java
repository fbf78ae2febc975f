package org.lianxi.core.integrity;

import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.LianxiException;

/**
 * One record of the append-only activity log: its sequence number, the activity as recorded and the
 * chain hash over it and the previous record's hash. Immutable and thread-safe.
 *
 * @param sequence 1-based position in the log
 * @param activity the record
 * @param hash {@link HashChain#link(String, Activity)} of the previous hash and this record
 */
public record LogEntry(long sequence, Activity activity, String hash) {
  public LogEntry {
    LianxiException.check(sequence >= 1, "LogEntry", "sequence", sequence, "must be >= 1");
    LianxiException.check(activity != null, "LogEntry", "activity", null, "must not be null");
    LianxiException.check(hash != null, "LogEntry", "hash", null, "must not be null");
  }

  public ChainHead head() {
    return new ChainHead(sequence, hash);
  }
}
