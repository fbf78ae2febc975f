package org.lianxi.core.integrity;

import java.util.Optional;

/**
 * The result of checking a log's hash chain. Immutable and thread-safe.
 *
 * @param intact whether every record (and the kept head, when given) checked out
 * @param records how many records were read
 * @param firstBrokenSequence the first sequence number that fails, when not intact
 * @param problem what failed, in English
 * @param problemZh what failed, in Chinese
 */
public record ChainVerification(
    boolean intact,
    long records,
    Optional<Long> firstBrokenSequence,
    Optional<String> problem,
    Optional<String> problemZh) {

  static ChainVerification ok(long records) {
    return new ChainVerification(
        true, records, Optional.empty(), Optional.empty(), Optional.empty());
  }

  static ChainVerification broken(long records, long sequence, String en, String zh) {
    return new ChainVerification(
        false, records, Optional.of(sequence), Optional.of(en), Optional.of(zh));
  }
}
