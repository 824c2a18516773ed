/**
 * Telling enterprises what waits in their e-Box: a notice when a message was not read on its day, a reminder after 15
 * days, an alert 7 days before expiry; each recorded once, then mailed to the enterprise's address in its
 * administrators' languages.
 */
package org.ebox.notification;
