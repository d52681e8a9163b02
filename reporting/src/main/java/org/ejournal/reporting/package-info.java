/**
 * Report models, builders and renderers (CSV, HTML, PDF, XLSX). This module is an empty shell until
 * its issue lands: it builds, and declares its place in the reactor, but provides no reports yet.
 */
package org.ejournal.reporting;
