/**
 * Framework-neutral, seeded generators of every domain value ({@link org.ejournal.testkit.gen.Values})
 * and of every command of the journal in valid and invalid shapes
 * ({@link org.ejournal.testkit.gen.Commands}, {@link org.ejournal.testkit.gen.InvalidCommand}), built on
 * a tiny {@link org.ejournal.testkit.gen.Gen} interface that draws from a
 * {@link java.util.random.RandomGenerator}. Any property-testing tool can drive them; the adapter for
 * QuickTheories is in {@link org.ejournal.testkit.gen.quicktheories}.
 */
package org.ejournal.testkit.gen;
