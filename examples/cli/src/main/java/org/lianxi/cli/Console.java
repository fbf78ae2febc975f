package org.lianxi.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where the command writes: results to {@link #out()}, progress and errors to {@link #err()}, both
 * in UTF-8 whatever the platform's locale (a JVM started under {@code LANG=C} would otherwise print
 * Chinese as {@code ?}). Confined to the thread running the command.
 *
 * @param out results
 * @param err progress, warnings and errors
 */
record Console(PrintStream out, PrintStream err) {

  /** The process's standard output and error, wrapped as UTF-8. */
  static Console system() {
    return new Console(
        utf8(new FileOutputStream(FileDescriptor.out)),
        utf8(new FileOutputStream(FileDescriptor.err)));
  }

  static PrintStream utf8(OutputStream stream) {
    return new PrintStream(stream, true, StandardCharsets.UTF_8);
  }

  /** A progress line on stderr. */
  void progress(String format, Object... args) {
    err.println("lianxi: " + String.format(Locale.ROOT, format, args));
  }

  /** Seconds since {@code startNanos}, for progress lines. */
  static String since(long startNanos) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }
}
