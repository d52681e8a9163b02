/**
 * JMH benchmarks of issue 3 — recording a mark in gate mode against the bare minimum, audit mode over
 * a generated school year — and of issue 4: the audit log's append against the rest of the command
 * path, and verifying a stored log of a million entries, with its memory. Run them with
 * {@code benchmarks/run}; see {@code BENCHMARKS.md}. Not published.
 */
package org.ejournal.benchmarks;
