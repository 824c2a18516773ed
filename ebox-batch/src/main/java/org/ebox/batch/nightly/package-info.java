/**
 * The artifacts of the nightly-run job (META-INF/batch-jobs/nightly-run.xml): notices, delivery, purge and files.
 * They only page and hand over; the rules and the records are in the business core's notification, expiry and
 * nightly components, each service called in a transaction of its own.
 */
package org.ebox.batch.nightly;
