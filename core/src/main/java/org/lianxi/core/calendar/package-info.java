/**
 * The academic calendar of SPEC §3.1: term windows, ISO and teaching weeks, months, academic years,
 * working days with {@code workdays.csv} overrides, working-day deadlines, a cadre's standard
 * working days and what is due by an as-of date. Depends only on the domain. All types are
 * immutable and thread-safe.
 */
@LianxiStyle
package org.lianxi.core.calendar;

import org.lianxi.core.domain.LianxiStyle;
