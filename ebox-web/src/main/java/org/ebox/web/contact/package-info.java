/** The contact form to the support desk. */
package org.ebox.web.contact;
