/**
 * Reports built on evaluations and integrity findings: the feedback report, the accountability
 * outputs of SPEC §3 (cadre dossier, democratic-life checklist, party-building scorecard, exemplar
 * nominees, accountability leads), coordinator views (四、2) with pseudonymised students, coverage
 * and reminders. Every line explains itself in Chinese and English. Depends on the domain, the
 * calendar, the integrity package, the policy and the evaluation; only the document package (JSON)
 * and hosts depend on it. All report values are immutable and thread-safe.
 */
package org.lianxi.core.report;
