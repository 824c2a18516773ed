package org.ebox.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One change a person made in the browser: who (person id and login), for which enterprise, what (the action and its
 * subject, e.g. the person whose access changed), the details, and when. Written once, in the same transaction as the
 * change itself: no change without its record, no record of a change that did not happen.
 */
@Entity
@Table(name = "change_record")
public class ChangeRecord {

    /** The kinds of change that are recorded. */
    public enum Action {
        ACCESS_GRANTED,
        ACCESS_WITHDRAWN,
        EBOX_BOX_TICKED,
        EBOX_BOX_UNTICKED,
        NOTIFICATION_EMAIL_CHANGED,
        FULLY_DIGITAL_CONSENT,
        ACCESS_INFORMATION_CONFIRMED,
        ACCESS_INFORMATION_DENIED,
        CONTACT_REQUEST_SENT,
        PREFERRED_LANGUAGE_CHANGED,
        AUTHENTICATOR_APP_ENROLLED,
        KBO_IMPORT_STARTED,
        KBO_IMPORT_RESTARTED,
        KBO_IMPORT_CANCELLED,
        ENTERPRISE_DOMAIN_SET,
        INSTITUTION_REGISTERED,
        INSTITUTION_CHANGED,
        INSTITUTION_LOGO_SET,
        APPLICATION_ADDED,
        MESSAGE_TYPE_DEFINED,
        MESSAGE_TYPE_CHANGED,
        MESSAGE_TYPE_WITHDRAWN,
        MESSAGE_TYPE_REINSTATED,
        MESSAGE_TYPE_DELETED,
        CHIEF_ACCESS_MANAGER_DESIGNATED,
        INVITATION_SENT,
        INVITATION_ACCEPTED,
        FIRST_OPERATOR_CREATED,
        API_CLIENT_REGISTERED,
        API_CLIENT_KEY_ADDED,
        API_CLIENT_KEY_REVOKED,
        API_CLIENT_REVOKED
    }

    @Id
    @Column(name = "change_id", length = 36, updatable = false)
    private String changeId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "actor_person_id", nullable = false, length = 255, updatable = false)
    private String actorPersonId;

    @Column(name = "actor_login", nullable = false, length = 255, updatable = false)
    private String actorLogin;

    @Column(name = "enterprise_number", length = 10, updatable = false)
    private String enterpriseNumber;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(updatable = false)
    private String subject;

    @Column(updatable = false)
    private String details;

    protected ChangeRecord() {}

    public ChangeRecord(
            OffsetDateTime recordedAt,
            String actorPersonId,
            String actorLogin,
            String enterpriseNumber,
            Action action,
            String subject,
            String details) {
        this.changeId = UUID.randomUUID().toString();
        this.recordedAt = recordedAt;
        this.actorPersonId = actorPersonId;
        this.actorLogin = actorLogin;
        this.enterpriseNumber = enterpriseNumber;
        this.action = action.name();
        this.subject = subject;
        this.details = details;
    }

    public String getChangeId() {
        return changeId;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getActorPersonId() {
        return actorPersonId;
    }

    public String getActorLogin() {
        return actorLogin;
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetails() {
        return details;
    }
}
