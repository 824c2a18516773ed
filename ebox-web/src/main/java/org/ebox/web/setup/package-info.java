/** The setup of an empty e-Box: its first platform operator, created by the server's administrator. */
package org.ebox.web.setup;
