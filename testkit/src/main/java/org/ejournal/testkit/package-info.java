/**
 * The test kit, for the library's own tests and for other systems that embed the journal or must
 * behave like it: realistic schools from a seed, generators of every value and command, readable
 * fixtures, and the conformance scenarios of the rule catalogue with a runner that can drive another
 * implementation through a small adapter.
 */
package org.ejournal.testkit;
