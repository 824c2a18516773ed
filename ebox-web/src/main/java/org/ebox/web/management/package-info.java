/** e-Box Management: the notification address and the consent to go fully digital. */
package org.ebox.web.management;
