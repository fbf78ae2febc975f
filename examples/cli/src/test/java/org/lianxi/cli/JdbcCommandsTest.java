package org.lianxi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code import}, {@code evaluate --jdbc}, {@code audit} and {@code verify} over H2 files. */
class JdbcCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HEAD = Pattern.compile("chain head (\\d+:[0-9a-f]{64})");

  @Test
  void importThenEvaluateFromTheDatabaseGivesTheSameVerdictsAndFindings() throws IOException {
    Path data = Samples.sampleUniversity();
    String term = Samples.latestTerm(data).termId();
    String url = Samples.freshH2("same-verdicts");

    Cli.Result imported = Cli.run("import", "--data", data.toString(), "--jdbc", url);
    Cli.Result fromData =
        Cli.run("evaluate", "--data", data.toString(), "--term", term, "--format", "json");
    Cli.Result fromDb = Cli.run("evaluate", "--jdbc", url, "--term", term, "--format", "json");
    Cli.Result auditDb = Cli.run("audit", "--jdbc", url, "--term", term, "--format", "json");

    assertThat(imported.status()).as(imported.toString()).isZero();
    assertThat(imported.out()).containsPattern(HEAD);
    assertThat(fromDb.status()).as(fromDb.toString()).isZero();
    JsonNode a = JSON.readTree(fromData.out());
    JsonNode b = JSON.readTree(fromDb.out());
    assertThat(b.get("verdicts").size()).isGreaterThan(100);
    assertThat(b.get("verdicts")).isEqualTo(a.get("verdicts"));
    assertThat(b.get("findings")).isEqualTo(a.get("findings"));
    assertThat(b).isEqualTo(a);
    assertThat(auditDb.status()).as(auditDb.toString()).isZero();
    assertThat(JSON.readTree(auditDb.out()).get("findings")).isEqualTo(a.get("findings"));
  }

  @Test
  void reimportingChangesNothingAndVerifyAcceptsTheKeptHead() {
    Path data = Samples.small();
    String url = Samples.freshH2("reimport");

    String head = head(Cli.run("import", "--data", data.toString(), "--jdbc", url));
    String again = head(Cli.run("import", "--data", data.toString(), "--jdbc", url));
    Cli.Result verified = Cli.run("verify", "--jdbc", url, "--head", head);

    assertThat(again).isEqualTo(head);
    assertThat(verified.status()).as(verified.toString()).isZero();
    assertThat(verified.out()).startsWith("intact: ").contains(head);
  }

  @Test
  void aTamperedActivityRowMakesVerifyExit3NamingTheRecord() throws SQLException {
    Path data = Samples.small();
    String url = Samples.freshH2("tampered");
    String head = head(Cli.run("import", "--data", data.toString(), "--jdbc", url));
    String activityId;
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT activity_id FROM lianxi_activity WHERE seq = 7")) {
        assertThat(rs.next()).isTrue();
        activityId = rs.getString(1);
      }
      assertThat(s.executeUpdate("UPDATE lianxi_activity SET minutes = minutes + 30 WHERE seq = 7"))
          .isEqualTo(1);
    }

    Cli.Result r = Cli.run("verify", "--jdbc", url);
    Cli.Result withHead = Cli.run("verify", "--jdbc", url, "--head", head);

    assertThat(r.status()).as(r.toString()).isEqualTo(3);
    assertThat(r.out()).contains("BROKEN at record 7").contains(activityId).contains("第 7 条");
    assertThat(r.err()).doesNotContain("\tat ");
    assertThat(withHead.status()).isEqualTo(3);
  }

  @Test
  void aDeletedTailIsFoundAgainstTheKeptHead() throws SQLException {
    Path data = Samples.small();
    String url = Samples.freshH2("deleted-tail");
    String head = head(Cli.run("import", "--data", data.toString(), "--jdbc", url));
    long last = Long.parseLong(head.substring(0, head.indexOf(':')));
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement s = c.prepareStatement("DELETE FROM lianxi_activity WHERE seq = ?")) {
      s.setLong(1, last);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }

    Cli.Result r = Cli.run("verify", "--jdbc", url, "--head", head);

    assertThat(r.status()).as(r.toString()).isEqualTo(3);
    assertThat(r.out()).contains("BROKEN at record " + last).contains("deleted");
  }

  @Test
  void aBadHeadOrAnUnreachableDatabaseExits2() {
    Cli.Result badHead = Cli.run("verify", "--jdbc", "jdbc:h2:mem:x", "--head", "12:nothex");
    Cli.Result noDriver = Cli.run("verify", "--jdbc", "jdbc:nosuchdb://localhost/x");

    assertThat(badHead.status()).isEqualTo(2);
    assertThat(badHead.err()).contains("--head").contains("12:nothex").doesNotContain("\tat ");
    assertThat(noDriver.status()).isEqualTo(2);
    assertThat(noDriver.err()).contains("jdbc:nosuchdb://localhost/x").doesNotContain("\tat ");
  }

  private static String head(Cli.Result imported) {
    assertThat(imported.status()).as(imported.toString()).isZero();
    Matcher m = HEAD.matcher(imported.out());
    assertThat(m.find()).as(imported.out()).isTrue();
    return m.group(1);
  }
}
