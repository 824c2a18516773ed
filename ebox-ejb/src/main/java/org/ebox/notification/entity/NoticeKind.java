package org.ebox.notification.entity;

/** The notices the nightly run sends about an unread message, each at most once; see NoticeSchedule. */
public enum NoticeKind {
    /** The message was not read on the day it was published. */
    NEW("new_notice_due_at"),
    /** The message is still unread 15 days after its publication. */
    REMINDER("reminder_due_at"),
    /** The message is still unread 7 days before it expires. */
    EXPIRY_ALERT("expiry_alert_due_at");

    private final String dueColumn;

    NoticeKind(String dueColumn) {
        this.dueColumn = dueColumn;
    }

    /** The column of the message table that says when this notice falls due. */
    public String dueColumn() {
        return dueColumn;
    }
}
