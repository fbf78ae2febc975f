package org.lianxi.core.memory;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianxi.core.domain.Activity;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.integrity.HashChain;
import org.lianxi.core.integrity.LogEntry;
import org.lianxi.core.port.out.ActivityLogPort;

/**
 * The activity log in memory, hash-chained. Thread-safe: appends are serialised and atomic; readers
 * get an immutable snapshot.
 */
public final class InMemoryActivityLog implements ActivityLogPort {
  private final HashChain chain;
  private final Object lock = new Object();
  private volatile ImmutableList<LogEntry> entries = ImmutableList.of();
  private final Map<String, Activity> byId = new HashMap<>();

  public InMemoryActivityLog() {
    this(HashChain.sha256());
  }

  public InMemoryActivityLog(HashChain chain) {
    this.chain = chain;
  }

  @Override
  public ChainHead append(List<Activity> records) {
    synchronized (lock) {
      Map<String, Activity> added = new HashMap<>();
      ImmutableList.Builder<LogEntry> next = ImmutableList.builder();
      next.addAll(entries);
      ChainHead head = head();
      long seq = head.sequence();
      String previous = head.hash();
      for (Activity a : records) {
        Activity known =
            byId.containsKey(a.activityId()) ? byId.get(a.activityId()) : added.get(a.activityId());
        if (known != null) {
          if (known.equals(a)) {
            continue;
          }
          throw LianxiException.changedRecord(a.activityId());
        }
        a.supersedes()
            .ifPresent(
                s -> {
                  if (!byId.containsKey(s) && !added.containsKey(s)) {
                    throw new LianxiException(
                        "Activity[" + a.activityId() + "].supersedes = " + s + ": no such record");
                  }
                });
        seq++;
        previous = chain.link(previous, a);
        next.add(new LogEntry(seq, a, previous));
        added.put(a.activityId(), a);
      }
      byId.putAll(added);
      entries = next.build();
      return new ChainHead(seq, previous);
    }
  }

  @Override
  public ChainHead head() {
    ImmutableList<LogEntry> e = entries;
    return e.isEmpty() ? ChainHead.EMPTY : e.get(e.size() - 1).head();
  }

  @Override
  public List<LogEntry> entries() {
    return entries;
  }

  @Override
  public Optional<Activity> find(String activityId) {
    synchronized (lock) {
      return Optional.ofNullable(byId.get(activityId));
    }
  }
}
