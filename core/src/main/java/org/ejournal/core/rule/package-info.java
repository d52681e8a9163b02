/**
 * The rule SPI: {@link org.ejournal.core.rule.Rule} judges writes in gate and audit mode,
 * {@link org.ejournal.core.rule.AccessPolicy} judges reads. The regulation's catalogue lives in the
 * {@code ejournal-rules} module.
 */
package org.ejournal.core.rule;
