/** Expiry: a message past its expiration date is deleted with its files; a record of it stays. */
package org.ebox.expiry;
