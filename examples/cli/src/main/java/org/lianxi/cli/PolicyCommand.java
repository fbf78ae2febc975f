package org.lianxi.cli;

import java.util.concurrent.Callable;
import org.lianxi.core.document.PolicyDocuments;
import org.lianxi.core.policy.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lianxi policy show|check}. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "Print or validate a policy (a shipped one by id, or a YAML or JSON file).",
    subcommands = {PolicyCommand.Show.class, PolicyCommand.Check.class})
final class PolicyCommand implements Callable<Integer> {
  @ParentCommand Lianxi root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Without show or check: the usage on stderr, and status 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Lianxi.BAD_INPUT;
  }

  /** {@code lianxi policy show}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Print a policy with every obligation it declares (its parent by id).")
  static final class Show implements Callable<Integer> {
    /** Document formats. */
    enum Format {
      yaml,
      json
    }

    @ParentCommand PolicyCommand parent;

    @Parameters(
        arity = "0..1",
        paramLabel = "ID|FILE",
        defaultValue = PolicyOption.DEFAULT,
        description = "a shipped policy (default ${DEFAULT-VALUE}) or a policy file")
    String policy;

    @Option(
        names = "--format",
        defaultValue = "yaml",
        paramLabel = "FORMAT",
        description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
      Policy p = PolicyOption.load(policy);
      Console console = parent.root.console;
      console
          .out()
          .print(
              PolicyDocuments.write(
                  p,
                  format == Format.json
                      ? PolicyDocuments.Format.JSON
                      : PolicyDocuments.Format.YAML));
      console.out().flush();
      return 0;
    }
  }

  /** {@code lianxi policy check}. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Validate a policy file.",
        "Checks the schema, known kinds and types, and that refinements are at least as strict as"
            + " their parent. A bad file exits 2 naming its line and column."
      })
  static final class Check implements Callable<Integer> {
    @ParentCommand PolicyCommand parent;

    @Parameters(
        arity = "0..1",
        paramLabel = "FILE",
        defaultValue = PolicyOption.DEFAULT,
        description = "a policy file (default: the shipped ${DEFAULT-VALUE})")
    String policy;

    @Override
    public Integer call() {
      Policy p = PolicyOption.load(policy);
      Console console = parent.root.console;
      console
          .out()
          .printf(
              "ok: %s — %s %s (%s), %d obligations declared, %d in effect%s, sha256 %s%n",
              policy,
              p.id(),
              p.version(),
              p.documentNumber(),
              p.obligations().size(),
              p.effectiveObligations().size(),
              p.parentId().map(id -> " with parent " + id).orElse(""),
              p.contentHash());
      console.out().flush();
      return 0;
    }
  }
}
