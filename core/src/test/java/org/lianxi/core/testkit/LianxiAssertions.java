package org.lianxi.core.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.lianxi.core.domain.LianxiException;

/**
 * Assertions about the library's one exception. Stateless and thread-safe.
 *
 * <pre>{@code
 * assertRejected(() -> anActivity().lasting(0).build())
 *     .hasMessageContaining("minutes = 0");
 * }</pre>
 */
public final class LianxiAssertions {
  private LianxiAssertions() {}

  /**
   * Asserts that {@code call} throws a {@link LianxiException} and returns an assertion on it, for
   * checking what its message names.
   */
  public static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
      ThrowingCallable call) {
    return assertThatThrownBy(call).isInstanceOf(LianxiException.class);
  }

  /**
   * Asserts that {@code call} throws a {@link LianxiException} whose message contains every one of
   * {@code fragments} (typically the field's name and the offending value).
   */
  public static AbstractThrowableAssert<?, ? extends Throwable> assertRejectedNaming(
      ThrowingCallable call, String... fragments) {
    return assertRejected(call).hasMessageContainingAll(fragments);
  }
}
