/**
 * In-memory adapters for every driven port: the default for embedding, demos and tests. Safe for
 * concurrent use: readers see a consistent snapshot, writers are serialised.
 */
package org.lianxi.core.memory;
