package org.lianxi.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where results go: stdout, or a file given with {@code --out}. Always UTF-8. */
final class OutputOption {
  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "write the result to FILE, not stdout")
  Path out;

  /** Something that writes a result to a stream (flushing, not closing it). */
  interface Writer {
    void write(OutputStream stream) throws IOException;
  }

  boolean toFile() {
    return out != null;
  }

  void write(Console console, Writer writer) {
    try {
      if (out == null) {
        writer.write(console.out());
        console.out().flush();
        return;
      }
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream stream = Files.newOutputStream(out)) {
        writer.write(stream);
      }
      console.progress("wrote %s", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
