/** The rules module's machinery. Not an API: never used from another module. */
package org.ejournal.rules.internal;
