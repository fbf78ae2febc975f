package org.lianxi.core.sample;

/** How a feedback item planted as a shortfall misses its deadlines. */
enum Late {
  ACKNOWLEDGED_LATE,
  CLOSED_LATE,
  OPEN_OVERDUE
}
