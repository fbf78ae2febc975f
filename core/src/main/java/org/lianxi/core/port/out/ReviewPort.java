package org.lianxi.core.port.out;

import java.util.List;
import org.lianxi.core.domain.Review;

/**
 * Supplies and keeps reviewers' decisions on integrity findings. A review never edits an activity.
 */
public interface ReviewPort {
  /** Every review, in the order recorded. */
  List<Review> reviews();

  /** Records a review. */
  void add(Review review);
}
