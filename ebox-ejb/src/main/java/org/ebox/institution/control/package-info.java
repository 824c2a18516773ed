/** The rules of the senders' reference data that the operators fill: names, identifiers, logos. */
package org.ebox.institution.control;
