/** The screens of a first login, in the guide's order: access information, choice of enterprise, go fully digital. */
package org.ebox.web.welcome;
