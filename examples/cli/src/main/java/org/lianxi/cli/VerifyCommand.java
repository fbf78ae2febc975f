package org.lianxi.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.lianxi.core.integrity.ChainHead;
import org.lianxi.core.integrity.ChainVerification;
import org.lianxi.jdbc.JdbcLianxi;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code lianxi verify}: the activity log's hash chain. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check the activity log's hash chain.",
      "An edit, deletion, insertion or reordering after the fact is found and the first record"
          + " that fails is named (exit status 3). With --head (the chain head 'lianxi import'"
          + " printed) a deleted tail is found too."
    })
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand Lianxi root;

  @Option(names = "--jdbc", required = true, paramLabel = "URL", description = "the database")
  String jdbc;

  @Option(names = "--user", paramLabel = "U", description = "database user")
  String user;

  @Option(names = "--password", paramLabel = "P", description = "database password")
  String password;

  @Option(
      names = "--head",
      paramLabel = "SEQ:HASH",
      converter = HeadConverter.class,
      description = "the chain head kept outside the database")
  ChainHead head;

  @Override
  public Integer call() {
    Console console = root.console;
    try (Database db = Database.open(jdbc, user, password)) {
      JdbcLianxi lianxi = db.lianxi();
      long start = System.nanoTime();
      ChainVerification v = lianxi.verify(Optional.ofNullable(head));
      console.progress("checked %d records (%s)", v.records(), Console.since(start));
      if (v.intact()) {
        console
            .out()
            .println(
                "intact: "
                    + v.records()
                    + " records, chain head "
                    + lianxi.facts().activityLog().head()
                    + (head == null ? "" : " (matches the kept head)"));
        console.out().println("完好：共 " + v.records() + " 条记录");
        console.out().flush();
        return 0;
      }
      console
          .out()
          .println(
              "BROKEN at record "
                  + v.firstBrokenSequence().map(String::valueOf).orElse("?")
                  + ": "
                  + v.problem().orElse(""));
      console.out().println("链已断开：" + v.problemZh().orElse(""));
      console.out().flush();
      return Lianxi.CHAIN_BROKEN;
    }
  }

  /** {@code SEQ:HASH}. */
  static final class HeadConverter implements ITypeConverter<ChainHead> {
    @Override
    public ChainHead convert(String value) {
      return ChainHead.parse(value);
    }
  }
}
