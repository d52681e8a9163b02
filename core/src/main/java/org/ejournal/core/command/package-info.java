/**
 * The commands the journal accepts: each records one fact — a lesson, a mark, an absence, a movement
 * of a pupil — and names the clause that governs it. Commands are records, validated with Bean
 * Validation when executed; {@link org.ejournal.core.command.Command} lists them all.
 */
package org.ejournal.core.command;
