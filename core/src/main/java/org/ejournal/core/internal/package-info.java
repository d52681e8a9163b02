/**
 * The journal's machinery: the indexed state, the integrity checks, Bean Validation of commands.
 * Not an API: nothing here may be used from another module, and it may change in any release.
 */
package org.ejournal.core.internal;
