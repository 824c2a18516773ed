package org.ebox.nightly.control;

/** What a piece of the nightly run did, added to its run's counts. */
public record RunCounts(
        long enterprisesExamined,
        long messagesNotified,
        long messagesReminded,
        long expiryAlerts,
        long mailsSent,
        long mailsFailed,
        long messagesPurged) {

    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0, 0, 0);

    public static RunCounts notices(long enterprises, long notified, long reminded, long alerts) {
        return new RunCounts(enterprises, notified, reminded, alerts, 0, 0, 0);
    }

    public static RunCounts delivery(long sent, long failed) {
        return new RunCounts(0, 0, 0, 0, sent, failed, 0);
    }

    public static RunCounts purge(long purged) {
        return new RunCounts(0, 0, 0, 0, 0, 0, purged);
    }
}
