/** The text of the notification mail, in each language. */
package org.ebox.notification.control;
