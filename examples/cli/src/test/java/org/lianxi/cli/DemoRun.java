package org.lianxi.cli;

import java.nio.file.Path;

/**
 * The first run of {@code lianxi demo} in a fresh folder under target, made once per JVM for the
 * tests that look at it (building the demo database takes a while).
 */
final class DemoRun {
  static final Path DIR = Samples.TARGET.resolve("demo");
  private static Cli.Result first;

  private DemoRun() {}

  static synchronized Cli.Result first() {
    if (first == null) {
      Samples.delete(DIR);
      first = Cli.run("demo", "--dir", DIR.toString());
    }
    return first;
  }
}
