/**
 * The nightly run's own record: each run of the whole cluster, who started it, its step and its counts, and the lock
 * that lets one node run at a time. What a run does is in {@code notification} and {@code expiry}; the Jakarta Batch
 * job of ebox-batch drives them chunk by chunk.
 *
 * <p>Every service the job calls works in a transaction of its own ({@code REQUIRES_NEW}), never in the chunk
 * transaction of the batch runtime: that one also holds the runtime's own job repository, and a second database in it
 * would need a two-phase commit (prepared transactions, which PostgreSQL disables by default). Correctness does not
 * rest on the runtime's checkpoints either: what is due, sent and purged is recorded in the e-Box's own tables in the
 * same transaction as the work, so a run restarted after a crash, or the next night's run, does exactly what is left.
 */
package org.ebox.nightly;
