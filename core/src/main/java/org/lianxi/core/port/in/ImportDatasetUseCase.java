package org.lianxi.core.port.in;

import org.lianxi.core.domain.Dataset;
import org.lianxi.core.integrity.ChainHead;

/**
 * Imports a whole dataset (rosters, calendar, assignments, activities, absences, feedback,
 * reviews): all or nothing. Re-importing the same dataset is a no-op; an activity whose id is
 * already logged with different content fails the whole import (send a correction instead).
 * Implemented by the in-memory facts and by the JDBC adapter.
 */
public interface ImportDatasetUseCase {
  /**
   * Imports the dataset.
   *
   * @return the activity log's chain head afterwards
   */
  ChainHead importDataset(Dataset dataset);
}
