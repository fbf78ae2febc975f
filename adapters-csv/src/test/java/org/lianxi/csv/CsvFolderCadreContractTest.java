package org.lianxi.csv;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.core.domain.Dataset;
import org.lianxi.core.port.contract.CadrePortContract;
import org.lianxi.core.port.out.Facts;

/** {@link CadrePortContract} over datasets written as a CSV folder and read back. */
class CsvFolderCadreContractTest extends CadrePortContract {
  @TempDir Path temp;

  @Override
  protected Facts factsWith(Dataset dataset) {
    return CsvFolderFacts.factsWith(dataset, temp);
  }
}
