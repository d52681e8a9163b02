/**
 * A deterministic generator of realistic schools: {@link org.ejournal.testkit.school.SchoolGenerator}
 * turns {@link org.ejournal.testkit.school.SchoolKnobs} (size, weeks, subjects, behaviour, mistakes,
 * local act) into a {@link org.ejournal.testkit.school.GeneratedSchool} — the timed commands its staff
 * send, the model of what they record ({@link org.ejournal.testkit.school.ExpectedSchool}) and the
 * mistakes made on purpose ({@link org.ejournal.testkit.school.InjectedMistake}), each with the rule and
 * clause that should find it. {@link org.ejournal.testkit.school.GeneratedSchool#replay()} sends the
 * commands to a journal under the regulation, with a clock that follows each command's instant.
 *
 * <p>The same knobs give the same school on any machine: one seeded {@link java.util.Random}, only
 * insertion-ordered or sorted collections are iterated, the school's own zone and no default locale or
 * system clock. Framework-neutral: any test framework or property-testing tool can drive it.
 */
package org.ejournal.testkit.school;
