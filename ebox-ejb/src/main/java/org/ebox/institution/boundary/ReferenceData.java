package org.ebox.institution.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ebox.common.control.Pages;
import org.ebox.common.control.ResultPage;
import org.ebox.institution.entity.MessageType;
import org.ebox.institution.entity.SenderApplication;
import org.ebox.institution.entity.SenderImage;
import org.ebox.institution.entity.SenderOrganization;
import org.ebox.platform.security.Roles;

/**
 * The senders' reference data: organisations, their applications, and the message types, with who may send what.
 * Small and rarely changed, hence cached by the persistence layer and by API clients.
 */
@Stateless
@RolesAllowed({Roles.SCOPE_REFERENCE_DATA, Roles.EBOX_READER})
public class ReferenceData {

    @PersistenceContext
    EntityManager em;

    public ResultPage<MessageType> messageTypes(int page, int pageSize) {
        return page(MessageType.class, "messageTypeId", page, pageSize);
    }

    public ResultPage<SenderApplication> senderApplications(int page, int pageSize) {
        return page(SenderApplication.class, "applicationId", page, pageSize);
    }

    public ResultPage<SenderOrganization> senderOrganizations(int page, int pageSize) {
        return page(SenderOrganization.class, "organizationId", page, pageSize);
    }

    public Optional<MessageType> messageType(String id) {
        return Optional.ofNullable(id == null ? null : em.find(MessageType.class, id));
    }

    public Optional<SenderApplication> senderApplication(String id) {
        return Optional.ofNullable(id == null ? null : em.find(SenderApplication.class, id));
    }

    public Optional<SenderOrganization> senderOrganization(String id) {
        return Optional.ofNullable(id == null ? null : em.find(SenderOrganization.class, id));
    }

    /** Every logo, in one query: few, and shown with every list. */
    public List<SenderImage> images() {
        return em.createQuery("select i from SenderImage i order by i.imageId", SenderImage.class)
                .getResultList();
    }

    /** A logo, also for the operators, who give institutions their logos and see them on their page. */
    @RolesAllowed({Roles.SCOPE_REFERENCE_DATA, Roles.EBOX_READER, Roles.PLATFORM_OPERATOR})
    public Optional<SenderImage> image(String imageId) {
        return Optional.ofNullable(imageId == null ? null : em.find(SenderImage.class, imageId));
    }

    /** Who may send which type: every (message type, application, organisation) triple, in one query. */
    public List<Permission> permissions() {
        return em.createQuery("""
                        select t.messageTypeId, a.applicationId, a.organization.organizationId
                        from MessageType t join t.senderApplications a""", Object[].class)
                .getResultStream()
                .map(row -> new Permission((String) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    private <T> ResultPage<T> page(Class<T> type, String idField, int page, int pageSize) {
        String entity = type.getSimpleName();
        long total = em.createQuery("select count(x) from " + entity + " x", Long.class)
                .getSingleResult();
        List<T> items = em.createQuery("select x from " + entity + " x order by x." + idField, type)
                .setFirstResult(Pages.firstResult(page, pageSize))
                .setMaxResults(pageSize)
                .getResultList();
        return new ResultPage<>(items, total);
    }

    /** An application of an organisation may publish a message type. */
    public record Permission(String messageTypeId, String applicationId, String organizationId) {}
}
