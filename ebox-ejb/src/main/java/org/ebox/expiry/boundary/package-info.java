/** The purge of expired messages, each in a transaction of its own. */
package org.ebox.expiry.boundary;
