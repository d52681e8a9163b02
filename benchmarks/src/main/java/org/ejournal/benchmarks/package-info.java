/**
 * JMH benchmarks of issue 3: recording a mark in gate mode against the bare minimum, and audit mode
 * over a generated school year. Run them with {@code benchmarks/run}; see {@code BENCHMARKS.md}.
 * Not published.
 */
package org.ejournal.benchmarks;
