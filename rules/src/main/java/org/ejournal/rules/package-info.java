/**
 * The regulation's rule catalogue, the school's profile, the access policy and the audit-mode
 * validator. This module is an empty shell until its issue lands: it builds, and declares its place
 * in the reactor, but provides no rules yet.
 */
package org.ejournal.rules;
