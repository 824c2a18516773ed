/** The nightly Jakarta Batch jobs and the scheduler that starts them; one package per job. */
package org.ebox.batch;
