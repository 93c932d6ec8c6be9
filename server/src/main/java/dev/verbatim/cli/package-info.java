/** The {@code verbatim} command line: index and search, with exit codes scripts can trust. */
package dev.verbatim.cli;
