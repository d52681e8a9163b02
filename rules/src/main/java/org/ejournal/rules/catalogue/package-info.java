/**
 * The catalogue: one class per rule, named for what it guards and carrying its clause id, grouped by
 * {@link org.ejournal.rules.catalogue.AccessRules}, {@link org.ejournal.rules.catalogue.DeadlineRules}
 * and {@link org.ejournal.rules.catalogue.MarkRules}.
 */
package org.ejournal.rules.catalogue;
