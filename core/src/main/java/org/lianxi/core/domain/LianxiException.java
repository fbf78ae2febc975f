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
   * Used by generated builders for missing required attributes.
   *
   * @param missing names of the attributes not set
   */
  public LianxiException(String... missing) {
    super(missing.length == 1 ? missing[0] : "missing: " + String.join(", ", missing));
  }

  /** Throws when {@code condition} is false, naming the field and the value. */
  public static void check(
      boolean condition, String type, String field, Object value, String rule) {
    if (!condition) {
      throw new LianxiException(type + "." + field + " = " + value + ": " + rule);
    }
  }

  /** Throws when {@code value} is blank. */
  public static String requireNonBlank(String type, String field, String value) {
    check(value != null && !value.isBlank(), type, field, "\"" + value + "\"", "must not be blank");
    return value;
  }
}
