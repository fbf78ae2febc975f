package org.lianxi.core.integrity;

import java.util.Arrays;
import java.util.List;
import org.lianxi.core.domain.Activity;

/**
 * One cadre's checked activities (not superseded, starting on or before as-of) by start, then id,
 * with their starts as epoch seconds (UTC, the zone is irrelevant: only order and distance count).
 * Built and used by one thread.
 */
final class CadreLog {
  final String cadreId;
  final Activity[] byStart;
  final List<Activity> list;

  CadreLog(String cadreId, Activity[] byStart) {
    this.cadreId = cadreId;
    this.byStart = byStart;
    this.list = Arrays.asList(byStart);
  }

  int size() {
    return byStart.length;
  }
}
