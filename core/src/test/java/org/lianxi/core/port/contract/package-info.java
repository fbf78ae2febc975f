/**
 * The contracts of the driven ports, written once and run against every adapter: the in-memory
 * adapters of the core, the JDBC adapters and the CSV adapters. Each {@code *PortContract} is an
 * abstract JUnit 5 class; an adapter module extends it once per port with a concrete {@code
 * *ContractTest} class whose only code is {@link
 * org.lianxi.core.port.contract.PortContract#factsWith factsWith}, typically delegating to one
 * shared helper that loads a {@link org.lianxi.core.domain.Dataset} into the adapter's storage (a
 * fresh database schema, a freshly written dataset folder). The classes are named {@code
 * *Contract}, not {@code *Test}, so Surefire runs only the concrete subclasses. Shipped in the
 * {@code lianxi-core} test-jar.
 */
package org.lianxi.core.port.contract;
