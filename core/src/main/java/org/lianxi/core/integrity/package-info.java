/**
 * Integrity: the hash-chained activity log ({@link org.lianxi.core.integrity.HashChain}), and the
 * integrity rules of SPEC §4 with their findings (疑点). Depends on the domain and the calendar.
 */
@LianxiStyle
package org.lianxi.core.integrity;

import org.lianxi.core.domain.LianxiStyle;
