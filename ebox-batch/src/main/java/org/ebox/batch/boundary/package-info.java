/**
 * What starts the jobs: the schedule of the nightly run, the operators' starts, and the imports of the register.
 * The only EJBs of ebox-batch, and what makes it an EJB module of the EAR, so that its artifacts load beside the
 * business core they call.
 */
package org.ebox.batch.boundary;
