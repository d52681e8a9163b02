/**
 * Conformance scenarios of the regulation's rule catalogue, written as data, and their runner.
 *
 * <p>A scenario ({@link org.ejournal.testkit.conformance.Scenario}) is a JSON file: a starting school,
 * the school's profile (the defaults, or overrides of profile keys), and a sequence of timed steps —
 * commands and reads by actors, and questions of what is outstanding — each with the verdict it
 * expects: accepted, warned or rejected (granted or refused for a read, clean or found for what is
 * outstanding) with the codes and clause ids of the violations. Commands, queries and entries are read
 * from JSON by reflection over the library's own records, so a new command needs no mapper.
 *
 * <p>{@link org.ejournal.testkit.conformance.Scenarios#bundled()} is the suite: every rule of the
 * catalogue trips and holds in it. {@link org.ejournal.testkit.conformance.ConformanceRunner} runs
 * scenarios against a {@link org.ejournal.testkit.conformance.SystemUnderTest} — this library through
 * {@link org.ejournal.testkit.conformance.EjournalAdapter}, or another implementation through an
 * adapter of its own — and returns a {@link org.ejournal.testkit.conformance.ConformanceReport} of
 * every mismatch. The format and how to run the suite are in {@code docs/conformance.md}.
 */
package org.ejournal.testkit.conformance;
