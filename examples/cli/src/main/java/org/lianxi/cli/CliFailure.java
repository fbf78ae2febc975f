package org.lianxi.cli;

/**
 * Bad arguments or bad input found by the command itself (a missing folder, an unknown term): its
 * message is printed without a stack trace and the command exits with status 2.
 */
final class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliFailure(String message) {
    super(message);
  }

  CliFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
