package org.lianxi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.lianxi.core.document.PolicyDocuments;
import org.lianxi.core.policy.Policy;
import picocli.CommandLine.Option;

/** The policy to evaluate against: a shipped policy's id or a policy file (YAML or JSON). */
final class PolicyOption {
  static final String DEFAULT = "soochow-2019-95";

  @Option(
      names = "--policy",
      paramLabel = "ID|FILE",
      defaultValue = DEFAULT,
      description = "a shipped policy (default ${DEFAULT-VALUE}) or a policy file (.yaml, .json)")
  String policy;

  Policy load() {
    return load(policy);
  }

  /** A shipped policy by id, else a file; fails naming both. */
  static Policy load(String ref) {
    if (PolicyDocuments.SHIPPED.contains(ref)) {
      return PolicyDocuments.shipped(ref);
    }
    Path file = Path.of(ref);
    if (Files.isRegularFile(file)) {
      return PolicyDocuments.read(file);
    }
    throw new CliFailure(
        "policy "
            + ref
            + ": neither a shipped policy "
            + PolicyDocuments.SHIPPED
            + " nor a policy file");
  }
}
