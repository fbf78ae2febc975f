package org.lianxi.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lianxi.core.document.PolicyDocuments.Format;
import org.lianxi.core.domain.LianxiException;
import org.lianxi.core.policy.Policies;
import org.lianxi.core.policy.Policy;

class PolicyDocumentsTest {
  @Test
  void theShippedYamlOfSoochowEqualsTheBuiltInPolicy() {
    Policy shipped = PolicyDocuments.shipped("soochow-2019-95");
    assertThat(shipped).isEqualTo(Policies.soochow2019());
    assertThat(shipped.contentHash()).isEqualTo(Policies.soochow2019().contentHash());
  }

  @Test
  void theShippedYamlOfTheNoticeEqualsTheBuiltInPolicy() {
    assertThat(PolicyDocuments.shipped("moe-2019-34")).isEqualTo(Policies.moe2019());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "moe-2019-34",
        "soochow-2019-95",
        "shenzhen-style",
        "shandong-xiehe-style",
        "dalian-style"
      })
  void everyShippedPolicySurvivesYamlAndJsonRoundTrips(String id) {
    Policy p = PolicyDocuments.shipped(id);
    Policy viaYaml = PolicyDocuments.read(PolicyDocuments.toYaml(p), Format.YAML, "x.yaml");
    Policy viaJson = PolicyDocuments.read(PolicyDocuments.toJson(p), Format.JSON, "x.json");
    assertThat(viaYaml).isEqualTo(p);
    assertThat(viaJson).isEqualTo(p);
    assertThat(viaJson.contentHash()).isEqualTo(p.contentHash());
    assertThat(PolicyDocuments.toYaml(viaYaml)).isEqualTo(PolicyDocuments.toYaml(p));
  }

  @Test
  void anUnknownShippedPolicyIsAnError() {
    assertThat(PolicyDocuments.findShipped("nope")).isEmpty();
    assertThatThrownBy(() -> PolicyDocuments.shipped("nope"))
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void aFileIsWrittenAndReadBackWithItsParentBesideIt(@TempDir Path dir) throws Exception {
    Path parentFile = dir.resolve("parent-p.json");
    Policy parent = Policy.builder().from(Policies.moe2019()).id("parent-p").build();
    PolicyDocuments.write(parent, parentFile);
    Files.writeString(
        dir.resolve("child.yml"),
        String.join(
            "\n",
            "id: child",
            "title: 子",
            "document_number: 子1号",
            "version: '1'",
            "parent: parent-p",
            "obligations:",
            "  - id: more",
            "    clause: 一",
            "    title: {zh: 每周两次, en: twice a week}",
            "    strength: MANDATORY",
            "    basis: literal",
            "    refines: II-weekly-contact",
            "    applies_to: {tiers: [UNIVERSITY_LEADERSHIP]}",
            "    kind: activity-count",
            "    activity_types: any",
            "    min: 2",
            "    period: WEEK",
            "    in_person: true",
            ""),
        StandardCharsets.UTF_8);
    Policy child = PolicyDocuments.read(dir.resolve("child.yml"));
    assertThat(child.parent()).contains(parent);
    assertThat(child.effectiveObligations())
        .extracting(o -> o.id())
        .containsExactly("II-theory-lecture", "II-link-unit", "more");
    assertThat(PolicyDocuments.read(parentFile)).isEqualTo(parent);
  }

  @Test
  void aByteOrderMarkIsAccepted() {
    String yaml = "\uFEFF" + PolicyDocuments.toYaml(Policies.moe2019());
    assertThat(PolicyDocuments.read(yaml, Format.YAML, "bom.yaml")).isEqualTo(Policies.moe2019());
  }

  @Test
  void anUnknownExtensionIsAnError() {
    assertThatThrownBy(() -> PolicyDocuments.read(Path.of("policy.txt")))
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("policy.txt");
  }

  @Test
  void theExampleOfThePolicyFormatDocumentLoads() throws Exception {
    String doc =
        Files.readString(Path.of("..", "docs", "policy-format.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```yaml\nid: example-university");
    String yaml = doc.substring(start + "```yaml\n".length(), doc.indexOf("```", start + 7));
    Policy p = PolicyDocuments.read(yaml, Format.YAML, "policy-format.md");
    assertThat(p.effectiveObligations())
        .extracting(o -> o.id())
        .containsExactly("II-theory-lecture", "II-link-unit", "weekly-contact-twice", "hotline");
  }

  // ------------------------------------------------------------------ bad files

  static final String HEAD =
      String.join(
          "\n",
          "id: bad", // line 1
          "title: {zh: 坏, en: bad}",
          "document_number: 坏1号",
          "version: '1'",
          "obligations:", // line 5
          "  - id: one", // line 6
          "    clause: 一",
          "    title: {zh: 一, en: one}",
          "    strength: MANDATORY",
          "    basis: literal", // line 10
          "");

  static String obligation(String... kindLines) {
    return HEAD + String.join("\n", kindLines) + "\n";
  }

  static void fails(String yaml, int line, String... problem) {
    assertThatThrownBy(() -> PolicyDocuments.read(yaml, Format.YAML, "bad.yaml"))
        .isInstanceOf(LianxiException.class)
        .hasMessageStartingWith("policy file bad.yaml, line " + line + ",")
        .hasMessageContainingAll(problem);
  }

  @Test
  void anUnknownKindNamesItsLine() {
    fails(obligation("    kind: activity-cnt", "    min: 1"), 11, "unknown kind 'activity-cnt'");
  }

  @Test
  void anUnknownActivityTypeNamesItsLine() {
    fails(
        obligation(
            "    kind: activity-count",
            "    activity_types: [THEORY_LECTURE, TEA_PARTY]",
            "    min: 1",
            "    period: TERM"),
        12,
        "obligations[0].activity_types[1]",
        "unknown activity type 'TEA_PARTY'");
  }

  @Test
  void aNegativeMinNamesItsLine() {
    fails(
        obligation(
            "    kind: activity-count",
            "    activity_types: any",
            "    min: -1",
            "    period: TERM"),
        13,
        "obligations[0].min = -1: must not be negative");
  }

  @Test
  void aMaxBelowMinNamesItsLine() {
    fails(
        obligation("    kind: assignment", "    unit_types: [CLASS]", "    min: 2", "    max: 1"),
        14,
        "obligations[0].max = 1: must not be below min 2");
  }

  @Test
  void aDuplicateObligationIdNamesBothLines() {
    String yaml =
        obligation("    kind: assignment", "    unit_types: [CLASS]", "    min: 1")
            + String.join(
                "\n",
                "  - id: one", // line 14
                "    clause: 二",
                "    title: 二",
                "    strength: MANDATORY",
                "    basis: literal",
                "    kind: assignment",
                "    unit_types: [DORMITORY]",
                "    min: 1",
                "");
    fails(yaml, 14, "duplicate obligation id 'one' (first at line 6)");
  }

  @Test
  void anUnknownKeyNamesItsLine() {
    fails(
        obligation(
            "    kind: assignment", "    unit_types: [CLASS]", "    min: 1", "    minimum: 1"),
        14,
        "unknown key 'minimum' for kind assignment");
  }

  @Test
  void aDuplicateKeyNamesItsLine() {
    fails(
        obligation("    kind: assignment", "    unit_types: [CLASS]", "    min: 1", "    min: 2"),
        14,
        "duplicate key 'min' (first at line 13)");
  }

  @Test
  void aMissingKeyIsNamed() {
    fails(obligation("    kind: assignment", "    unit_types: [CLASS]"), 6, "missing key 'min'");
  }

  @Test
  void aWrongValueIsNamed() {
    fails(
        obligation(
            "    kind: activity-count",
            "    activity_types: any",
            "    min: one",
            "    period: FORTNIGHT"),
        13,
        "obligations[0].min = one: must be a whole number");
    fails(
        obligation(
            "    kind: activity-count",
            "    activity_types: any",
            "    min: 1",
            "    period: FORTNIGHT"),
        14,
        "unknown period 'FORTNIGHT'");
  }

  @Test
  void malformedYamlNamesItsLine() {
    fails(HEAD + "    kind: [unclosed\n", 11, "not valid YAML");
  }

  @Test
  void malformedJsonNamesItsLine() {
    assertThatThrownBy(() -> PolicyDocuments.read("{\n\"id\": \"x\",\n}", Format.JSON, "b.json"))
        .isInstanceOf(LianxiException.class)
        .hasMessageStartingWith("policy file b.json, line 3,")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void anUnknownParentIsNamed() {
    String yaml =
        HEAD.replace("obligations:", "parent: nowhere\nobligations:")
            + "    kind: assignment\n    unit_types: [CLASS]\n    min: 1\n";
    fails(yaml, 5, "parent = nowhere: no such policy");
  }

  @Test
  void aWeakenedChildOfTheNoticeIsRejectedNamingBothPoliciesAndTheObligation() {
    String yaml =
        String.join(
            "\n",
            "id: weak-child",
            "title: 弱",
            "document_number: 弱1号",
            "version: '1'",
            "parent: moe-2019-34",
            "obligations:",
            "  - id: fortnightly", // line 7
            "    clause: 一",
            "    title: 两周一次",
            "    strength: MANDATORY",
            "    basis: literal",
            "    refines: II-weekly-contact",
            "    applies_to: {tiers: [UNIVERSITY_LEADERSHIP]}",
            "    kind: activity-count",
            "    activity_types: any",
            "    min: 1",
            "    period: MONTH",
            "");
    fails(
        yaml,
        7,
        "policy weak-child",
        "obligation fortnightly",
        "refines obligation II-weekly-contact of policy moe-2019-34",
        "period MONTH is longer than WEEK");
  }

  @Test
  void nonUtf8BytesAreAnError(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("gbk.yaml");
    Files.write(f, "id: 苏大".getBytes("GBK"));
    assertThatThrownBy(() -> PolicyDocuments.read(f))
        .isInstanceOf(LianxiException.class)
        .hasMessageContaining("not valid UTF-8");
  }
}
