package org.ebox.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The notification mail of one enterprise: how many messages it announces, never which. Composed when it is sent,
 * to the address and in the languages the enterprise has then. A mail that could not be handed to the SMTP server
 * stays PENDING for the next run, until it has failed {@code maxAttempts} times.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** Whether the mail still has to go. */
    public enum Status {
        PENDING,
        SENT,
        GIVEN_UP
    }

    @Id
    @Column(name = "notification_id", length = 36)
    private String notificationId;

    @Column(name = "enterprise_number", length = 10, nullable = false)
    private String enterpriseNumber;

    @Column(name = "run_id", length = 36, nullable = false)
    private String runId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "new_messages", nullable = false)
    private int newMessages;

    @Column(name = "new_registered_mail", nullable = false)
    private int newRegisteredMail;

    @Column(name = "reminders", nullable = false)
    private int reminders;

    @Column(name = "expiry_alerts", nullable = false)
    private int expiryAlerts;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_attempt_at")
    private OffsetDateTime lastAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "sent_to", length = 254)
    private String sentTo;

    /** The languages the mail was written in, e.g. "nl,fr". */
    @Column(name = "languages", length = 20)
    private String languages;

    protected Notification() {}

    public Notification(String enterpriseNumber, String runId, OffsetDateTime createdAt) {
        this.notificationId = UUID.randomUUID().toString();
        this.enterpriseNumber = enterpriseNumber;
        this.runId = runId;
        this.createdAt = createdAt;
        this.status = Status.PENDING;
    }

    /** Adds tonight's notices to what this mail announces. */
    public void announce(int newMessages, int newRegisteredMail, int reminders, int expiryAlerts) {
        this.newMessages += newMessages;
        this.newRegisteredMail += newRegisteredMail;
        this.reminders += reminders;
        this.expiryAlerts += expiryAlerts;
    }

    public boolean announcesNothing() {
        return newMessages + reminders + expiryAlerts == 0;
    }

    public void sent(String to, String languages, OffsetDateTime when) {
        this.status = Status.SENT;
        this.sentTo = to;
        this.languages = languages;
        this.sentAt = when;
        this.attempts++;
        this.lastAttemptAt = when;
        this.lastError = null;
    }

    /** Records a failed attempt; after {@code maxAttempts} of them the mail is given up (and stays on record). */
    public void failed(String error, OffsetDateTime when, int maxAttempts) {
        this.attempts++;
        this.lastAttemptAt = when;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= maxAttempts) {
            status = Status.GIVEN_UP;
        }
    }

    public String getNotificationId() {
        return notificationId;
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public String getRunId() {
        return runId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public int getNewMessages() {
        return newMessages;
    }

    public int getNewRegisteredMail() {
        return newRegisteredMail;
    }

    public int getReminders() {
        return reminders;
    }

    public int getExpiryAlerts() {
        return expiryAlerts;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public String getSentTo() {
        return sentTo;
    }

    public String getLanguages() {
        return languages;
    }
}
