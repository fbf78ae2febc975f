package org.lianxi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code lianxi policy show|check} and {@code --version}. */
class PolicyCommandTest {
  @Test
  void showPrintsTheBuiltInPolicyAsYamlOrJson() throws IOException {
    Cli.Result yaml = Cli.run("policy", "show");
    Cli.Result json = Cli.run("policy", "show", "shenzhen-style", "--format", "json");

    assertThat(yaml.status()).isZero();
    assertThat(yaml.out())
        .contains("id: soochow-2019-95")
        .contains("苏大委〔2019〕95号")
        .contains("III.1.3-weekly-contact");
    assertThat(json.status()).isZero();
    assertThat(new ObjectMapper().readTree(json.out()).get("id").textValue())
        .isEqualTo("shenzhen-style");
  }

  @Test
  void checkAcceptsAGoodFileAndTheShippedPolicy() throws IOException {
    Path file = Samples.TARGET.resolve("policies/meals.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, goodPolicy(1), StandardCharsets.UTF_8);

    Cli.Result good = Cli.run("policy", "check", file.toString());
    Cli.Result shipped = Cli.run("policy", "check");

    assertThat(good.status()).as(good.toString()).isZero();
    assertThat(good.out())
        .startsWith("ok: ")
        .contains("meals")
        .contains("with parent soochow-2019-95");
    assertThat(shipped.status()).isZero();
    assertThat(shipped.out()).contains("soochow-2019-95");
  }

  @Test
  void checkOfABadFileExits2NamingTheLine() throws IOException {
    Path file = Samples.TARGET.resolve("policies/bad.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, goodPolicy(-1), StandardCharsets.UTF_8);
    Path missing = Samples.TARGET.resolve("policies/missing.yaml");

    Cli.Result bad = Cli.run("policy", "check", file.toString());
    Cli.Result none = Cli.run("policy", "check", missing.toString());

    assertThat(bad.status()).as(bad.toString()).isEqualTo(2);
    assertThat(bad.err()).contains("bad.yaml").contains("line 16").contains("-1");
    assertThat(bad.err()).doesNotContain("\tat ");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("missing.yaml");
  }

  @Test
  void versionNamesTheCommandAndItsPolicies() {
    Cli.Result r = Cli.run("--version");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("lianxi " + Lianxi.version() + "\n").contains("soochow-2019-95");
    assertThat(Lianxi.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void helpListsEverySubcommandAndTheExitStatuses() {
    Cli.Result r = Cli.run("--help");

    assertThat(r.status()).isZero();
    for (String command :
        new String[] {"demo", "evaluate", "import", "audit", "policy", "verify"}) {
      assertThat(r.out()).containsPattern("(?m)^  " + command + " ");
    }
    assertThat(r.out()).contains(" 3 ").contains("verify found");
  }

  @Test
  void withoutASubcommandTheUsageGoesToStderrWithStatus2() {
    Cli.Result none = Cli.run();
    Cli.Result policy = Cli.run("policy");

    assertThat(none.status()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).contains("Usage: lianxi");
    assertThat(policy.status()).isEqualTo(2);
    assertThat(policy.err()).contains("Usage: lianxi policy");
  }

  /** A child of soochow-2019-95 adding a monthly leaders' meal; {@code min} is on line 16. */
  static String goodPolicy(int min) {
    return String.join(
        "\n",
        "id: meals",
        "title: {zh: 加每月校领导午餐会, en: plus a monthly leaders' meal}",
        "document_number: 示例",
        "version: \"1\"",
        "parent: soochow-2019-95",
        "obligations:",
        "  - id: leader-meal-monthly",
        "    clause: 二",
        "    title: {zh: 每月校领导午餐会, en: a leaders' meal every month}",
        "    strength: MANDATORY",
        "    basis: literal",
        "    applies_to:",
        "      tiers: [UNIVERSITY_LEADERSHIP]",
        "    kind: activity-count",
        "    activity_types: [LEADER_MEAL]",
        "    min: " + min,
        "    period: MONTH",
        "");
  }
}
