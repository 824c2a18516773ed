/** The four languages of the pages: the switch and the message bundles (messages*.properties beside it). */
package org.ebox.web.i18n;
