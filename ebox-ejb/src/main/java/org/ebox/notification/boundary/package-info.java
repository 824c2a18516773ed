/** What the nightly job calls to schedule notices and deliver them, each in a transaction of its own. */
package org.ebox.notification.boundary;
