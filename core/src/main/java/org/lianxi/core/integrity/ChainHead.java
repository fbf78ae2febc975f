package org.lianxi.core.integrity;

import java.util.regex.Pattern;
import org.lianxi.core.domain.LianxiException;

/**
 * The head of the activity log's hash chain after an append: the last sequence number and its hash.
 * A host keeps it outside the database so that {@code verify} also detects a deleted tail. Written
 * {@code SEQ:HASH}. Immutable and thread-safe.
 *
 * @param sequence the last record's sequence number (1 for the first record; 0 for an empty log)
 * @param hash the last record's hash, 64 lower-case hex digits
 */
public record ChainHead(long sequence, String hash) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  /** The head of an empty log. */
  public static final ChainHead EMPTY = new ChainHead(0, HashChain.GENESIS);

  public ChainHead {
    LianxiException.check(sequence >= 0, "ChainHead", "sequence", sequence, "must be >= 0");
    LianxiException.check(
        hash != null && HEX.matcher(hash).matches(),
        "ChainHead",
        "hash",
        hash,
        "must be 64 lower-case hex digits");
  }

  /** Parses {@code SEQ:HASH}. */
  public static ChainHead parse(String text) {
    int colon = text.indexOf(':');
    LianxiException.check(colon > 0, "ChainHead", "text", text, "must be SEQ:HASH");
    try {
      return new ChainHead(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new LianxiException(
          "ChainHead.sequence = " + text.substring(0, colon) + ": not a number", e);
    }
  }

  @Override
  public String toString() {
    return sequence + ":" + hash;
  }
}
