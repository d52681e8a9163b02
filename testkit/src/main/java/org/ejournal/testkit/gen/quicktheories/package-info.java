/**
 * The thin adapter from the test kit's {@link org.ejournal.testkit.gen.Gen generators} to QuickTheories.
 * QuickTheories is an optional dependency of the test kit: a host that uses this package brings it.
 */
package org.ejournal.testkit.gen.quicktheories;
