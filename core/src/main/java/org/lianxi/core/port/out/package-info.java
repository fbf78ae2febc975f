/**
 * Driven ports: what a host system supplies. One interface per kind of fact ({@code *Port}); the
 * in-memory adapters ({@code org.lianxi.core.memory}), the JDBC adapters and the CSV adapters
 * implement them. Ports depend on the domain and the integrity value types, never on an adapter.
 * Implementations state their own thread-safety; the in-memory ones are safe for concurrent use.
 */
package org.lianxi.core.port.out;
