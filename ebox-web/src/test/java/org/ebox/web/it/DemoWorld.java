package org.ebox.web.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.ebox.message.entity.Attachment;

/** Independent queries over the database, for tests to compare what the services answer with what is stored. */
@Stateless
public class DemoWorld {

    @PersistenceContext
    EntityManager em;

    public long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    public long countMessages(String enterpriseNumber, String condition, OffsetDateTime now) {
        var query = em.createQuery(
                        "select count(m) from Message m where m.enterpriseNumber = :e and " + condition, Long.class)
                .setParameter("e", enterpriseNumber);
        if (condition.contains(":now")) {
            query.setParameter("now", now);
        }
        return query.getSingleResult();
    }

    public long countExpiringBetween(String enterpriseNumber, OffsetDateTime from, OffsetDateTime to) {
        return em.createQuery(
                        "select count(m) from Message m where m.enterpriseNumber = :e"
                                + " and m.expirationDate > :from and m.expirationDate < :to",
                        Long.class)
                .setParameter("e", enterpriseNumber)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    public org.ebox.enterprise.entity.EnterpriseDomain domainOf(String enterpriseNumber) {
        return em.find(org.ebox.enterprise.entity.Enterprise.class, enterpriseNumber)
                .getDomain();
    }

    /** The id of the message's main attachment (its first file if none is marked main). */
    public String mainAttachmentOf(String messageId) {
        return em.createQuery(
                        "select a.attachmentId from Attachment a where a.message.messageId = :m"
                                + " order by a.mainContent desc, a.attachmentId",
                        String.class)
                .setParameter("m", messageId)
                .setMaxResults(1)
                .getSingleResult();
    }

    /** Any logo of an institution, for the logo servlet. */
    public String anySenderImage() {
        return em.createQuery("select i.imageId from SenderImage i order by i.imageId", String.class)
                .setMaxResults(1)
                .getSingleResult();
    }

    public String passwordHashOf(String login) {
        return em.createQuery("select p.passwordHash from Person p where p.login = :login", String.class)
                .setParameter("login", login)
                .getSingleResult();
    }

    /** The last app code's time step a person used: a login must use a later one. */
    public Long lastAppCodeStepOf(String login) {
        return em.createQuery("select p.totpLastStep from Person p where p.login = :login", Long.class)
                .setParameter("login", login)
                .getSingleResult();
    }

    /**
     * What a walk must leave as it found it, for one enterprise: the read and pickup state of the named messages,
     * the visibility of the box, the enterprise's address and consent, its accesses and 'e-Box Administrator'
     * boxes, its change records and its replies.
     */
    public String stateOf(String enterpriseNumber, java.util.List<String> messageIds) {
        StringBuilder state = new StringBuilder();
        em.createQuery(
                        "select m.messageId, m.readAt, m.readBy, m.pickedUpAt, m.visible from Message m"
                                + " where m.messageId in :ids order by m.messageId",
                        Object[].class)
                .setParameter("ids", messageIds)
                .getResultList()
                .forEach(row -> state.append(java.util.Arrays.toString(row)).append('\n'));
        Object[] enterprise = em.createQuery(
                        "select e.notificationEmail, e.fullyDigitalAt from Enterprise e"
                                + " where e.enterpriseNumber = :e",
                        Object[].class)
                .setParameter("e", enterpriseNumber)
                .getSingleResult();
        state.append(java.util.Arrays.toString(enterprise)).append('\n');
        em.createQuery(
                        "select a.person.login, a.role, a.eboxAdministratorBox from EnterpriseAccess a"
                                + " where a.enterpriseNumber = :e order by a.person.login, a.role",
                        Object[].class)
                .setParameter("e", enterpriseNumber)
                .getResultList()
                .forEach(row -> state.append(java.util.Arrays.toString(row)).append('\n'));
        state.append("hidden=").append(countMessages(enterpriseNumber, "m.visible = false", null));
        state.append(" changes=")
                .append(em.createQuery(
                                "select count(c) from ChangeRecord c" + " where c.enterpriseNumber = :e", Long.class)
                        .setParameter("e", enterpriseNumber)
                        .getSingleResult());
        state.append(" replies=")
                .append(em.createQuery("select count(r) from Reply r" + " where r.enterpriseNumber = :e", Long.class)
                        .setParameter("e", enterpriseNumber)
                        .getSingleResult());
        return state.toString();
    }

    public boolean isPostgres() {
        try {
            return em.unwrap(java.sql.Connection.class)
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tries to change an audit record behind the application's back; answers whether the database refused. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public boolean databaseRefusesToChangeAuditRecord(String auditId) {
        try {
            em.createNativeQuery("update audit_record set response_code = 299 where audit_id = ?1")
                    .setParameter(1, auditId)
                    .executeUpdate();
            em.flush();
            return false;
        } catch (jakarta.persistence.PersistenceException refused) {
            return true;
        }
    }

    /**
     * A new enterprise with no address and no consent, and a new person (password 'demo', no authenticator app) who
     * is its Local Administrator. Answers the person's login.
     */
    public String addEnterpriseWithAdministrator(
            org.ebox.enterprise.entity.EnterpriseNumber number, String passwordHash) {
        em.persist(new org.ebox.enterprise.entity.Enterprise(
                number,
                "Test company " + number.value(),
                org.ebox.enterprise.entity.EnterpriseDomain.NSSO_EMPLOYER,
                null));
        em.flush();
        org.ebox.access.entity.Person person = new org.ebox.access.entity.Person(
                "it.admin." + number.value(), passwordHash, "Ada", "Test", null, "en");
        person.grant(number.value(), org.ebox.access.entity.AccessRole.LOCAL_ADMINISTRATOR, false);
        em.persist(person);
        return person.getLogin();
    }

    /** Gives a person the demo authenticator app and an address, as a demo person has. */
    public void enrolDemoApp(String login, String email) {
        org.ebox.access.entity.Person person = em.createQuery(
                        "select p from Person p where p.login = :login", org.ebox.access.entity.Person.class)
                .setParameter("login", login)
                .getSingleResult();
        person.enrolAuthenticatorApp(org.ebox.demo.DemoData.DEMO_AUTHENTICATOR_SECRET);
        em.createQuery("update Person p set p.email = :email where p.login = :login")
                .setParameter("email", email)
                .setParameter("login", login)
                .executeUpdate();
    }

    /** Tries, in its own transaction, to take back an enterprise's consent with plain SQL; true if refused. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public boolean databaseRefusesToWithdrawConsent(String enterpriseNumber) {
        try {
            em.createNativeQuery("update enterprise set fully_digital_at = null, fully_digital_by = null "
                            + "where enterprise_number = ?1")
                    .setParameter(1, enterpriseNumber)
                    .executeUpdate();
            em.flush();
            return false;
        } catch (jakarta.persistence.PersistenceException e) {
            return true;
        }
    }

    public void addEnterpriseThatNeverOpenedItsEbox(org.ebox.enterprise.entity.EnterpriseNumber number) {
        em.persist(new org.ebox.enterprise.entity.Enterprise(
                number,
                "Newcomer " + number.value(),
                org.ebox.enterprise.entity.EnterpriseDomain.COMPANY_WITHOUT_STAFF,
                null));
    }

    /** The demo enterprises: persons act for them and they have messages (tests add others with one or the other). */
    public String replyableMessageOf(String enterpriseNumber, String senderOrganizationId) {
        return em.createQuery(
                        "select m.messageId from Message m where m.enterpriseNumber = :e"
                                + " and m.senderOrganizationId = :s and m.replyAuthorized = true",
                        String.class)
                .setParameter("e", enterpriseNumber)
                .setParameter("s", senderOrganizationId)
                .setMaxResults(1)
                .getSingleResult();
    }

    /** A reply to the message as its enterprise would send it, with the message's main file as its document. */
    public String replyWithDocumentTo(String messageId) {
        org.ebox.message.entity.Message original = em.find(org.ebox.message.entity.Message.class, messageId);
        Attachment main = original.getAttachments().stream()
                .filter(Attachment::isMainContent)
                .findFirst()
                .orElseThrow();
        org.ebox.message.entity.Reply reply = new org.ebox.message.entity.Reply(
                original,
                "page-access-walk",
                OffsetDateTime.now(ZoneOffset.UTC),
                "+32 2 555 01 03",
                "A reply the access walk asks for");
        reply.attach(main.getFileName(), main.getMediaType(), main.getContent());
        em.persist(reply);
        return reply.getReplyId();
    }

    /** An unread message of the box, registered mail or not, that has not expired. */
    public String unreadMessageOf(String enterpriseNumber, boolean registeredMail) {
        return em.createQuery(
                        "select m.messageId from Message m where m.enterpriseNumber = :e and m.readAt is null"
                                + " and m.registeredMail = :r and m.expirationDate > :now",
                        String.class)
                .setParameter("e", enterpriseNumber)
                .setParameter("r", registeredMail)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setMaxResults(1)
                .getSingleResult();
    }

    public String messageNotAllowingReplies(String enterpriseNumber) {
        return em.createQuery(
                        "select m.messageId from Message m where m.enterpriseNumber = :e"
                                + " and m.replyAuthorized = false",
                        String.class)
                .setParameter("e", enterpriseNumber)
                .setMaxResults(1)
                .getSingleResult();
    }

    public List<String> enterpriseNumbers() {
        return em.createQuery("""
                        select distinct a.enterpriseNumber from EnterpriseAccess a
                        where exists (select m from Message m where m.enterpriseNumber = a.enterpriseNumber)
                        order by a.enterpriseNumber""", String.class).getResultList();
    }

    /** A sign-in counter whose time ended long ago, as guessing of yesterday leaves it. */
    public void addExpiredSignInCounter(String key) {
        em.persist(new org.ebox.access.entity.SignInCounter(
                key,
                org.ebox.access.entity.SignInCounter.Scope.CLIENT_ADDRESS,
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1),
                java.time.Duration.ofMinutes(15)));
    }

    public boolean signInCounterExists(String key) {
        return em.find(org.ebox.access.entity.SignInCounter.class, key) != null;
    }

    public List<Attachment> attachments() {
        return em.createQuery("select a from Attachment a", Attachment.class).getResultList();
    }
}
