package org.ebox.operations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ebox.access.boundary.AccessRefused;
import org.ebox.access.boundary.EmailAddresses;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.common.entity.TranslatedText;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.institution.control.OnboardingRefused;
import org.ebox.institution.control.OnboardingRefused.Reason;
import org.ebox.institution.control.ReferenceNames;
import org.ebox.institution.control.SenderLogos;
import org.ebox.institution.entity.MessageType;
import org.ebox.institution.entity.SenderApplication;
import org.ebox.institution.entity.SenderImage;
import org.ebox.institution.entity.SenderOrganization;
import org.ebox.institution.entity.ValidityPeriod;
import org.ebox.platform.ContentStore;
import org.ebox.platform.StoredContent;
import org.ebox.platform.security.Roles;

/**
 * The operators onboard institutions: the sender organisations (by their enterprise number), their logos, their
 * applications, and the message types with who may publish them. Every change is a change record, in the change's
 * transaction; a refused change stores nothing. What was published keeps what it was published with: a message
 * carries its own expiry, registered mail and reply permission, and a type is withdrawn, never deleted.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_OPERATOR)
public class Institutions {

    /** The columns' lengths (V1__initial_schema.sql). */
    static final int SHORT_NAME = 100;

    static final int LONG_NAME = 255;

    /** The longest validity a type may have: a century, as long as any archive keeps a document. */
    static final int MAX_VALIDITY_YEARS = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ContentStore contentStore;

    @EJB
    ChangeLog changes;

    /** A message type as the operator defines it. */
    public record TypeDefinition(
            String messageTypeId,
            TranslatedText name,
            int validityNumber,
            ValidityPeriod.Unit validityUnit,
            boolean registeredMailAllowed,
            boolean repliesAllowed,
            Set<String> applicationIds) {}

    public List<SenderOrganization> organizations() {
        return em.createQuery("select o from SenderOrganization o order by o.organizationId", SenderOrganization.class)
                .getResultList();
    }

    /** Every application with its organisation, in one query. */
    public List<SenderApplication> applications() {
        return em.createQuery(
                        "select a from SenderApplication a join fetch a.organization order by a.applicationId",
                        SenderApplication.class)
                .getResultList();
    }

    /** Every type with the applications that may publish it, in one query. */
    public List<MessageType> messageTypes() {
        return em.createQuery(
                        "select distinct t from MessageType t left join fetch t.senderApplications"
                                + " order by t.messageTypeId",
                        MessageType.class)
                .getResultList();
    }

    /** The organisations' logos (one each: a new logo replaces the one before). */
    public List<SenderImage> organizationLogos() {
        return em.createQuery(
                        "select i from SenderImage i where i.organizationId is not null order by i.imageId",
                        SenderImage.class)
                .getResultList();
    }

    public Optional<SenderOrganization> organization(String organizationId) {
        return Optional.ofNullable(organizationId == null ? null : em.find(SenderOrganization.class, organizationId));
    }

    public Optional<MessageType> messageType(String messageTypeId) {
        return Optional.ofNullable(messageTypeId == null ? null : em.find(MessageType.class, messageTypeId));
    }

    /** A new institution, known by its enterprise number, named in the four languages. */
    public SenderOrganization register(
            String enterpriseNumber, TranslatedText shortName, TranslatedText longName, String contact)
            throws OnboardingRefused {
        EnterpriseNumber number = number(enterpriseNumber);
        if (em.find(SenderOrganization.class, number.value()) != null) {
            throw new OnboardingRefused(Reason.ALREADY_REGISTERED, number.formatted());
        }
        SenderOrganization organization = new SenderOrganization(
                number,
                ReferenceNames.complete(shortName, SHORT_NAME),
                ReferenceNames.complete(longName, LONG_NAME),
                contact(contact));
        em.persist(organization);
        changes.recordOfOperator(
                Action.INSTITUTION_REGISTERED,
                number.formatted(),
                organization.getShortName().getEn());
        return organization;
    }

    /** New names or contact of an institution; its messages show the new names. */
    public SenderOrganization change(
            String organizationId, TranslatedText shortName, TranslatedText longName, String contact)
            throws OnboardingRefused {
        SenderOrganization organization = existing(organizationId);
        organization.rename(
                ReferenceNames.complete(shortName, SHORT_NAME), ReferenceNames.complete(longName, LONG_NAME));
        organization.changeContact(contact(contact));
        changes.recordOfOperator(
                Action.INSTITUTION_CHANGED,
                formatted(organization),
                organization.getShortName().getEn());
        return organization;
    }

    /** The institution's logo, in place of the one it had. */
    public void setLogo(String organizationId, byte[] logo) throws OnboardingRefused {
        SenderOrganization organization = existing(organizationId);
        String mediaType = SenderLogos.mediaTypeOf(logo);
        StoredContent content;
        try {
            content = contentStore.store(logo);
        } catch (IOException e) {
            throw new IllegalStateException("The content store cannot keep a logo", e);
        }
        em.createQuery("delete from SenderImage i where i.organizationId = :organization")
                .setParameter("organization", organization.getOrganizationId())
                .executeUpdate();
        em.persist(SenderImage.ofOrganization(organization, mediaType, content));
        changes.recordOfOperator(
                Action.INSTITUTION_LOGO_SET, formatted(organization), mediaType + ", " + logo.length + " bytes");
    }

    /** A new application of an institution. */
    public SenderApplication addApplication(String organizationId, String applicationId, TranslatedText name)
            throws OnboardingRefused {
        SenderOrganization organization = existing(organizationId);
        String id = ReferenceNames.identifier(applicationId);
        if (em.find(SenderApplication.class, id) != null) {
            throw new OnboardingRefused(Reason.IDENTIFIER_TAKEN, id);
        }
        SenderApplication application =
                new SenderApplication(id, organization, ReferenceNames.complete(name, LONG_NAME));
        em.persist(application);
        changes.recordOfOperator(Action.APPLICATION_ADDED, id, formatted(organization));
        return application;
    }

    /** A new message type. */
    public MessageType define(TypeDefinition definition) throws OnboardingRefused {
        String id = ReferenceNames.identifier(definition.messageTypeId());
        if (em.find(MessageType.class, id) != null) {
            throw new OnboardingRefused(Reason.IDENTIFIER_TAKEN, id);
        }
        MessageType type =
                new MessageType(id, ReferenceNames.complete(definition.name(), LONG_NAME), validity(definition));
        apply(type, definition);
        em.persist(type);
        changes.recordOfOperator(Action.MESSAGE_TYPE_DEFINED, id, summary(type));
        return type;
    }

    /** A type's new names, validity, permissions or senders, for what is published from now on. */
    public MessageType change(TypeDefinition definition) throws OnboardingRefused {
        MessageType type = existingType(definition.messageTypeId());
        type.rename(ReferenceNames.complete(definition.name(), LONG_NAME));
        type.changeValidity(validity(definition));
        apply(type, definition);
        changes.recordOfOperator(Action.MESSAGE_TYPE_CHANGED, type.getMessageTypeId(), summary(type));
        return type;
    }

    /** No new publication of the type; its messages stay as they are. */
    public MessageType withdraw(String messageTypeId) throws OnboardingRefused {
        MessageType type = existingType(messageTypeId);
        if (!type.isWithdrawn()) {
            type.withdraw(OffsetDateTime.now(clock));
            changes.recordOfOperator(Action.MESSAGE_TYPE_WITHDRAWN, type.getMessageTypeId(), "");
        }
        return type;
    }

    public MessageType reinstate(String messageTypeId) throws OnboardingRefused {
        MessageType type = existingType(messageTypeId);
        if (type.isWithdrawn()) {
            type.reinstate();
            changes.recordOfOperator(Action.MESSAGE_TYPE_REINSTATED, type.getMessageTypeId(), "");
        }
        return type;
    }

    /** A type never published is deleted; one that was is refused (withdraw it instead). */
    public void delete(String messageTypeId) throws OnboardingRefused {
        MessageType type = existingType(messageTypeId);
        // Read anew, not from this node's cache: another node may have published the first message of it.
        em.refresh(type);
        if (type.isEverPublished()) {
            throw new OnboardingRefused(Reason.TYPE_PUBLISHED, type.getMessageTypeId());
        }
        em.remove(type);
        changes.recordOfOperator(Action.MESSAGE_TYPE_DELETED, type.getMessageTypeId(), "");
    }

    private void apply(MessageType type, TypeDefinition definition) throws OnboardingRefused {
        type.allow(definition.registeredMailAllowed(), definition.repliesAllowed());
        Set<SenderApplication> senders = new HashSet<>();
        for (String applicationId : definition.applicationIds()) {
            SenderApplication application = em.find(SenderApplication.class, applicationId);
            if (application == null) {
                throw new OnboardingRefused(Reason.UNKNOWN_APPLICATION, applicationId);
            }
            senders.add(application);
        }
        type.allowOnly(senders);
    }

    private static ValidityPeriod validity(TypeDefinition definition) throws OnboardingRefused {
        ValidityPeriod.Unit unit = definition.validityUnit();
        int number = definition.validityNumber();
        int years = unit == null
                ? 0
                : switch (unit) {
                    case DAY -> number / 365;
                    case MONTH -> number / 12;
                    case YEAR -> number;
                };
        if (unit == null || number < 1 || years > MAX_VALIDITY_YEARS) {
            throw new OnboardingRefused(Reason.VALIDITY, number + " " + unit);
        }
        return new ValidityPeriod(number, unit);
    }

    private static String summary(MessageType type) {
        return type.getValidityPeriod().getNumber() + " "
                + type.getValidityPeriod().getUnit()
                + (type.isRegisteredMailAllowed() ? ", registered mail" : "")
                + (type.isRepliesAllowed() ? ", replies" : "")
                + ", senders: "
                + type.getSenderApplications().stream()
                        .map(SenderApplication::getApplicationId)
                        .sorted()
                        .collect(Collectors.joining(" "));
    }

    private static String formatted(SenderOrganization organization) {
        return EnterpriseNumber.parse(organization.getOrganizationId()).formatted();
    }

    private SenderOrganization existing(String organizationId) throws OnboardingRefused {
        return organization(organizationId)
                .orElseThrow(() -> new OnboardingRefused(Reason.UNKNOWN_ORGANIZATION, organizationId));
    }

    private MessageType existingType(String messageTypeId) throws OnboardingRefused {
        return messageType(messageTypeId).orElseThrow(() -> new OnboardingRefused(Reason.UNKNOWN_TYPE, messageTypeId));
    }

    private static EnterpriseNumber number(String enterpriseNumber) throws OnboardingRefused {
        try {
            return EnterpriseNumber.parse(enterpriseNumber);
        } catch (IllegalArgumentException notANumber) {
            throw new OnboardingRefused(Reason.NUMBER, enterpriseNumber == null ? "" : enterpriseNumber.trim());
        }
    }

    /** The helpdesk address shown to enterprises: one plain email address. */
    private static String contact(String contact) throws OnboardingRefused {
        try {
            return EmailAddresses.valid(contact);
        } catch (AccessRefused notAnAddress) {
            throw new OnboardingRefused(Reason.CONTACT, contact == null ? "" : contact.trim());
        }
    }
}
