/** Mail the e-Box sends (Jakarta Mail to the configured SMTP server) and the texts of each mail, per language. */
package org.ebox.platform.mail;
