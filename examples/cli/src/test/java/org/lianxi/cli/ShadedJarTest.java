package org.lianxi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar {@code target/lianxi.jar} itself, after {@code package}: started as {@code java
 * -jar} in a subprocess under {@code LANG=C} with no {@code file.encoding}, it prints Chinese as
 * UTF-8, and its merged service files still find the H2 driver and Flyway's database support.
 */
class ShadedJarTest {
  private static final Path JAR = Path.of("target", "lianxi.jar");

  /** What a subprocess printed: its status, the bytes of stdout and stderr as text. */
  private static final class Run {
    private final int status;
    private final byte[] out;
    private final String err;

    Run(int status, byte[] out, String err) {
      this.status = status;
      this.out = out.clone();
      this.err = err;
    }

    int status() {
      return status;
    }

    byte[] out() {
      return out.clone();
    }

    String err() {
      return err;
    }

    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  @Test
  void printsUtf8UnderTheCLocale() throws CharacterCodingException {
    Run help = java("--help");
    Run policy = java("policy", "show");

    assertThat(help.status()).as(help.err()).isZero();
    assertThat(strictUtf8(help.out())).contains("联系 Lianxi");
    assertThat(policy.status()).as(policy.err()).isZero();
    String yaml = strictUtf8(policy.out());
    assertThat(yaml).contains("苏州大学关于加强和改进领导干部深入基层联系学生工作的实施方案").doesNotContain("??");
  }

  @Test
  void importsEvaluatesAndVerifiesAnH2DatabaseFromTheJar() throws CharacterCodingException {
    String url = Samples.freshH2("jar");
    Run imported = java("import", "--data", Samples.small().toString(), "--jdbc", url);
    Run evaluated = java("evaluate", "--jdbc", url, "--term", "2024-2025-1");
    Run verified = java("verify", "--jdbc", url);
    Run version = java("--version");

    assertThat(imported.status()).as(imported.err()).isZero();
    assertThat(imported.text()).contains("chain head ");
    assertThat(imported.err()).doesNotContain("WARN").doesNotContain("INFO");
    assertThat(evaluated.status()).as(evaluated.err()).isZero();
    assertThat(strictUtf8(evaluated.out())).contains("校领导班子成员").contains("苏州示范大学");
    assertThat(verified.status()).as(verified.err()).isZero();
    assertThat(verified.text()).startsWith("intact: ");
    assertThat(version.text()).startsWith("lianxi " + Lianxi.version());
  }

  @Test
  void badInputExits2WithoutAStackTrace() {
    Run r = java("evaluate", "--data", "no/such/folder", "--term", "2024-2025-1");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains("no/such/folder")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static Run java(String... args) {
    assertThat(JAR).as("run 'mvn package' first").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    env.keySet()
        .removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.startsWith("JAVA_TOOL"));
    env.remove("JDK_JAVA_OPTIONS");
    env.remove("_JAVA_OPTIONS");
    env.put("LANG", "C");
    try {
      Process p = pb.start();
      CompletableFuture<byte[]> out =
          CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
      CompletableFuture<byte[]> err =
          CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("lianxi " + String.join(" ", args) + " did not finish");
      }
      return new Run(p.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in;
        ByteArrayOutputStream b = new ByteArrayOutputStream()) {
      in.transferTo(b);
      return b.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
