/**
 * The regulation as code: {@link org.ejournal.rules.Regulation} gives the rule catalogue, the access
 * policy and the audit for a school's {@link org.ejournal.rules.Profile} (its local act). Every rule
 * carries the clause id of {@code REQUIREMENTS.md} it comes from.
 */
@Value.Style(jdkOnly = true, jakarta = true, visibility = Value.Style.ImplementationVisibility.PUBLIC)
package org.ejournal.rules;

import org.immutables.value.Value;
