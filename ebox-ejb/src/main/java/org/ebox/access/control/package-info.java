/** The two login steps' mechanics: password hashes, app and emailed codes, and the throttling of failed attempts. */
package org.ebox.access.control;
