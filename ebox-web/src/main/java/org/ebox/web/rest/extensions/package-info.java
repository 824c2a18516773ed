/** Paths of our own beyond the official contract: the replies institutions receive. */
package org.ebox.web.rest.extensions;
