/** The support desk: a person's message, kept and mailed to the desk's address. */
package org.ebox.support.boundary;
