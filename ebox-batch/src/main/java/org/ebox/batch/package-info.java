/**
 * The Jakarta Batch jobs' artifacts, one package per job; the jobs are started by the business core's NightlyJobs.
 */
package org.ebox.batch;
