/** What the API and the pages call to read the senders' reference data. */
package org.ebox.institution.boundary;
