package org.lianxi.core.port.out;

import java.util.List;
import org.lianxi.core.domain.Feedback;

/** Supplies student feedback items (处长热线, 处长信箱 ...). */
public interface FeedbackPort {
  /** Every Feedback known, in a stable order. */
  List<Feedback> feedback();
}
