/**
 * What starts the jobs: the schedule of the nightly run and the operators' starts. The only EJB of ebox-batch, and
 * what makes it an EJB module of the EAR, so that its artifacts load beside the business core they call.
 */
package org.ebox.batch.boundary;
