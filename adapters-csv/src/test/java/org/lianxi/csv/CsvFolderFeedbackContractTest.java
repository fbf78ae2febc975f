package org.lianxi.csv;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.port.contract.FeedbackPortContract;
import org.lianxi.core.port.out.Facts;

/** {@link FeedbackPortContract} over datasets written as a CSV folder and read back. */
class CsvFolderFeedbackContractTest extends FeedbackPortContract {
  @TempDir Path temp;

  @Override
  protected Facts factsWith(Dataset dataset) {
    return CsvFolderFacts.factsWith(dataset, temp);
  }
}
