/**
 * What the journal shows: the class journal page, the pupil's diary, the history of an entry, the
 * listing of who edited what in a class journal, and the indexed
 * {@link org.ejournal.core.view.JournalView} that rules and access policies read.
 */
package org.ejournal.core.view;
