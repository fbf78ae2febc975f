/**
 * Documents: policy files in YAML or JSON ({@link org.lianxi.core.document.PolicyDocuments}, schema
 * in {@code docs/policy-format.md}) and the JSON report of SPEC §6 ({@link
 * org.lianxi.core.document.EvaluationJson}). The only package of the core that uses Jackson: it
 * maps documents to and from the policy and evaluation values, which carry no Jackson annotations.
 * Bad files throw {@link org.lianxi.core.domain.LianxiException} naming the file, line, column and
 * problem. Every public type here is stateless and thread-safe.
 */
package org.lianxi.core.document;
