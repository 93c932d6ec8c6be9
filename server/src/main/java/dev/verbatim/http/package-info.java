/** The HTTP side of Verbatim: the JSON shapes that the server and the CLI share. */
package dev.verbatim.http;
