/**
 * The journal's public face: {@link org.ejournal.core.Journal}, the {@link org.ejournal.core.Actor}
 * on whose behalf it acts, the {@link org.ejournal.core.Outcome} of a command, the
 * {@link org.ejournal.core.Answer} to a query, {@link org.ejournal.core.Violation}s with their stable
 * {@linkplain org.ejournal.core.ViolationCodes codes}, and the {@link org.ejournal.core.JournalEvent}s
 * of the log.
 */
package org.ejournal.core;
