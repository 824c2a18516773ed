/** The services the nightly job calls, each in a transaction of its own. */
package org.ebox.nightly.boundary;
