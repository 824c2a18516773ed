/** The runs of the nightly job: started, stepped, counted, ended; one at a time in the cluster. */
package org.ebox.nightly.boundary;
