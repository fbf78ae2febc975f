package org.lianxi.core.domain;

/**
 * The library's one exception for bad input and broken invariants: a value that cannot exist (a
 * missing or null attribute, minutes not positive, a range that ends before it starts), a policy
 * file that does not parse, a dataset that does not import. Its message names the field and the
 * offending value. Shortfalls of cadres are never exceptions: they are verdicts.
 */
public class LianxiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LianxiException(String message) {
    super(message);
  }

  public LianxiException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Thrown by generated builders (the style's {@code throwForNullPointer}) when {@code null} is
   * given for an attribute: the message names the attribute and the null value. Catch {@link
   * LianxiException}; this subtype exists only because the generator passes nothing but the
   * attribute's name. Immutable and thread-safe.
   */
  public static final class NullAttribute extends LianxiException {
    private static final long serialVersionUID = 1L;

    /**
     * @param attribute the name of the attribute given {@code null}
     */
    public NullAttribute(String attribute) {
      super(attribute + " = null: must not be null");
    }
  }

  /** Throws when {@code condition} is false, naming the field and the value. */
  public static void check(
      boolean condition, String type, String field, Object value, String rule) {
    if (!condition) {
      throw new LianxiException(type + "." + field + " = " + value + ": " + rule);
    }
  }

  /**
   * The error every activity log gives for a record whose id it already holds with other content
   * (the append rules of the activity log port): logged records are never changed in place.
   */
  public static LianxiException changedRecord(String activityId) {
    return new LianxiException(
        "Activity["
            + activityId
            + "]: already in the log with different content;"
            + " send a correction (supersedes) instead");
  }

  /** Throws when {@code value} is blank. */
  public static String requireNonBlank(String type, String field, String value) {
    check(value != null && !value.isBlank(), type, field, "\"" + value + "\"", "must not be blank");
    return value;
  }
}
