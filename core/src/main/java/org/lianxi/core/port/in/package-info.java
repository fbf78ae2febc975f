/**
 * Driving ports: what a host system calls ({@code *UseCase}). Each interface has a static factory
 * wiring it to driven ports and a clock. Depends on the domain, the ports out and the core
 * services; never on an adapter.
 */
package org.lianxi.core.port.in;
