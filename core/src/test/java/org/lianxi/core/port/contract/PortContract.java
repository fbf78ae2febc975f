package org.lianxi.core.port.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.integrity.HashChain;
import org.lianxi.core.port.out.Facts;

/**
 * The one thing an adapter supplies to run the port contracts: ports pre-loaded with a dataset.
 *
 * <pre>{@code
 * class JdbcCadrePortContractTest extends CadrePortContract {
 *   @Override
 *   protected Facts factsWith(Dataset dataset) {
 *     return JdbcTestDatabase.fresh().load(dataset); // the same helper for every contract
 *   }
 * }
 * }</pre>
 *
 * <p>Every dataset a contract passes is consistent (each id it references exists; one university;
 * either every non-university org unit names its parent or none does) and uses date-times at minute
 * precision, so that any adapter that accepts SPEC §5 datasets can load it.
 */
public abstract class PortContract {

  /**
   * Ports holding exactly {@code dataset}: its facts readable through the fact ports, its
   * activities appended in order to an otherwise empty activity log, its reviews recorded in order.
   * Every call must give storage independent of the storage of earlier calls.
   *
   * @param dataset a consistent dataset
   * @return the ports over the loaded dataset
   */
  protected abstract Facts factsWith(Dataset dataset);

  /**
   * The hash chain the adapter's activity log links with: SHA-256 unless the adapter under test is
   * keyed (then return {@code HashChain.hmac(key)} with its key).
   */
  protected HashChain chain() {
    return HashChain.sha256();
  }

  /**
   * How many generated datasets a round-trip property loads (never more than {@code QT_EXAMPLES}):
   * lower it for an adapter whose loading is slow.
   */
  protected int roundTripExamples() {
    return 25;
  }

  /**
   * Asserts that a port gave back what the dataset held: equal element by element and field by
   * field (in any order), and in the same order when read a second time.
   */
  protected final <T> void assertRoundTrip(
      Dataset dataset, Function<Dataset, List<T>> given, Function<Facts, List<T>> read) {
    Facts facts = factsWith(dataset);
    List<T> first = read.apply(facts);
    List<T> expected = given.apply(dataset);
    assertThat(first)
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(first).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(read.apply(facts)).as("a second read, in the same order").isEqualTo(first);
  }
}
