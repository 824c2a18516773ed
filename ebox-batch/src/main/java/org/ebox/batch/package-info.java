/**
 * The Jakarta Batch jobs' artifacts, one package per job; the jobs are started by
 * {@code boundary.NightlyJobs}, on schedule or for an operator.
 */
package org.ebox.batch;
