package org.ebox.web.operations;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.institution.control.OnboardingRefused;
import org.ebox.institution.control.SenderLogos;
import org.ebox.institution.entity.MessageType;
import org.ebox.institution.entity.SenderApplication;
import org.ebox.institution.entity.SenderImage;
import org.ebox.institution.entity.SenderOrganization;
import org.ebox.institution.entity.ValidityPeriod;
import org.ebox.operations.boundary.Institutions;
import org.ebox.web.i18n.Language;
import org.ebox.web.session.Feedback;
import org.ebox.web.session.Redirects;

/**
 * The operators' page of institutions (app/operations/institutions.xhtml): register an institution by its enterprise
 * number and change it, give it a logo, add its applications, define message types and change or withdraw them. A
 * refused change stores nothing and is said in the operator's language; the page gate answers 404 to anyone but an
 * operator, and the services check the role again. ?organization= and ?type= open one for a change.
 */
@Named("institutions")
@RequestScoped
public class InstitutionsBacking {

    static final String PAGE = "/app/operations/institutions.xhtml";

    static final List<Action> ACTIONS = List.of(
            Action.INSTITUTION_REGISTERED,
            Action.INSTITUTION_CHANGED,
            Action.INSTITUTION_LOGO_SET,
            Action.APPLICATION_ADDED,
            Action.MESSAGE_TYPE_DEFINED,
            Action.MESSAGE_TYPE_CHANGED,
            Action.MESSAGE_TYPE_WITHDRAWN,
            Action.MESSAGE_TYPE_REINSTATED,
            Action.MESSAGE_TYPE_DELETED);

    @Inject
    FacesContext faces;

    @Inject
    Feedback feedback;

    @Inject
    Language language;

    @EJB
    Institutions institutions;

    @EJB
    ChangeLog changeLog;

    // The institution's form: registers one, or changes the one being edited.
    private String editedOrganization;
    private String enterpriseNumber;
    private Names shortName = new Names();
    private Names longName = new Names();
    private String contact;

    private String logoOrganization;
    private Part logo;

    private String applicationOrganization;
    private String applicationId;
    private Names applicationName = new Names();

    // The message type's form: defines one, or changes the one being edited.
    private String editedType;
    private String messageTypeId;
    private Names typeName = new Names();
    private int validityNumber = 1;
    private ValidityPeriod.Unit validityUnit = ValidityPeriod.Unit.YEAR;
    private boolean registeredMailAllowed;
    private boolean repliesAllowed;
    private List<String> senders = new ArrayList<>();

    // What the page shows, read once a request: EL asks for each again on every row and in every phase.
    private List<SenderOrganization> organizations;
    private List<SenderApplication> applications;
    private Map<String, List<SenderApplication>> applicationsByOrganization;
    private Map<String, String> logos;
    private List<MessageType> messageTypes;
    private List<ChangeRecord> changes;

    /** The view action of ?organization= and ?type=: the form filled with what is to be changed. */
    public void open() {
        if (faces.isPostback()) {
            return;
        }
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        institutions.organization(parameters.get("organization")).ifPresent(organization -> {
            editedOrganization = organization.getOrganizationId();
            enterpriseNumber =
                    EnterpriseNumber.parse(organization.getOrganizationId()).formatted();
            shortName = Names.of(organization.getShortName());
            longName = Names.of(organization.getLongName());
            contact = organization.getContactBusiness();
        });
        institutions.messageType(parameters.get("type")).ifPresent(type -> {
            editedType = type.getMessageTypeId();
            messageTypeId = type.getMessageTypeId();
            typeName = Names.of(type.getName());
            validityNumber = type.getValidityPeriod().getNumber();
            validityUnit = type.getValidityPeriod().getUnit();
            registeredMailAllowed = type.isRegisteredMailAllowed();
            repliesAllowed = type.isRepliesAllowed();
            senders = type.getSenderApplications().stream()
                    .map(SenderApplication::getApplicationId)
                    .sorted()
                    .collect(Collectors.toCollection(ArrayList::new));
        });
    }

    public void saveOrganization() throws IOException {
        if (mayOperate()) {
            try {
                SenderOrganization saved = isEditingOrganization()
                        ? institutions.change(editedOrganization, shortName.text(), longName.text(), contact)
                        : institutions.register(enterpriseNumber, shortName.text(), longName.text(), contact);
                feedback.info(
                        isEditingOrganization() ? "institutions.changed" : "institutions.registered",
                        saved.getShortName().in(language.getLocale()));
                Redirects.to(faces, PAGE);
            } catch (OnboardingRefused refused) {
                refused(refused);
            }
        }
    }

    public void setLogo() throws IOException {
        if (mayOperate()) {
            try {
                institutions.setLogo(logoOrganization, logoBytes());
                feedback.info("institutions.logo.set");
                Redirects.to(faces, PAGE);
            } catch (OnboardingRefused refused) {
                refused(refused);
            } finally {
                if (logo != null) {
                    logo.delete();
                }
            }
        }
    }

    public void addApplication() throws IOException {
        if (mayOperate()) {
            try {
                SenderApplication added =
                        institutions.addApplication(applicationOrganization, applicationId, applicationName.text());
                feedback.info("institutions.application.added", added.getApplicationId());
                Redirects.to(faces, PAGE);
            } catch (OnboardingRefused refused) {
                refused(refused);
            }
        }
    }

    public void saveType() throws IOException {
        if (mayOperate()) {
            Institutions.TypeDefinition definition = new Institutions.TypeDefinition(
                    isEditingType() ? editedType : messageTypeId,
                    typeName.text(),
                    validityNumber,
                    validityUnit,
                    registeredMailAllowed,
                    repliesAllowed,
                    new LinkedHashSet<>(senders));
            try {
                MessageType saved = isEditingType() ? institutions.change(definition) : institutions.define(definition);
                feedback.info(
                        isEditingType() ? "institutions.type.changed" : "institutions.type.defined",
                        saved.getMessageTypeId());
                Redirects.to(faces, PAGE);
            } catch (OnboardingRefused refused) {
                refused(refused);
            }
        }
    }

    public void withdraw(String typeId) throws IOException {
        onType(typeId, "institutions.type.withdrawn", institutions::withdraw);
    }

    public void reinstate(String typeId) throws IOException {
        onType(typeId, "institutions.type.reinstated", institutions::reinstate);
    }

    public void delete(String typeId) throws IOException {
        onType(typeId, "institutions.type.deleted", institutions::delete);
    }

    /** What the operator does to a message type of the list. */
    @FunctionalInterface
    interface TypeChange {
        void apply(String typeId) throws OnboardingRefused;
    }

    private void onType(String typeId, String doneKey, TypeChange change) throws IOException {
        if (mayOperate()) {
            try {
                change.apply(typeId);
                feedback.info(doneKey, typeId);
                Redirects.to(faces, PAGE);
            } catch (OnboardingRefused refused) {
                refused(refused);
            }
        }
    }

    /** The logo's bytes, at most one more than a logo may have: the check refuses more without reading it all. */
    private byte[] logoBytes() throws IOException {
        if (logo == null) {
            return new byte[0];
        }
        try (InputStream in = logo.getInputStream()) {
            return in.readNBytes(SenderLogos.MAX_BYTES + 1);
        }
    }

    private void refused(OnboardingRefused refused) {
        feedback.error("institutions.refused." + refused.reason().name(), refused.value());
    }

    private boolean mayOperate() {
        return OperatorPages.mayOperate(faces, feedback);
    }

    public List<SenderOrganization> getOrganizations() {
        if (organizations == null) {
            organizations = institutions.organizations();
        }
        return organizations;
    }

    public List<SenderApplication> getApplications() {
        if (applications == null) {
            applications = institutions.applications();
        }
        return applications;
    }

    /** Each organisation's applications, for its row. */
    public Map<String, List<SenderApplication>> getApplicationsByOrganization() {
        if (applicationsByOrganization == null) {
            applicationsByOrganization = getApplications().stream()
                    .collect(Collectors.groupingBy(
                            application -> application.getOrganization().getOrganizationId()));
        }
        return applicationsByOrganization;
    }

    /** Each organisation's logo, by organisation id. */
    public Map<String, String> getLogos() {
        if (logos == null) {
            logos = new HashMap<>();
            for (SenderImage image : institutions.organizationLogos()) {
                logos.put(image.getOrganizationId(), image.getImageId());
            }
        }
        return logos;
    }

    public List<MessageType> getMessageTypes() {
        if (messageTypes == null) {
            messageTypes = institutions.messageTypes();
        }
        return messageTypes;
    }

    public List<ValidityPeriod.Unit> getUnits() {
        return List.of(ValidityPeriod.Unit.values());
    }

    public List<ChangeRecord> getChanges() {
        if (changes == null) {
            changes = changeLog.latestOf(ACTIONS, 20);
        }
        return changes;
    }

    /** The applications that may send a type, named, for its row. */
    public String senders(MessageType type) {
        return type.getSenderApplications().stream()
                .map(SenderApplication::getApplicationId)
                .sorted()
                .collect(Collectors.joining(", "));
    }

    public String number(SenderOrganization organization) {
        return EnterpriseNumber.parse(organization.getOrganizationId()).formatted();
    }

    public boolean isEditingOrganization() {
        return editedOrganization != null && !editedOrganization.isBlank();
    }

    public boolean isEditingType() {
        return editedType != null && !editedType.isBlank();
    }

    public String getEditedOrganization() {
        return editedOrganization;
    }

    public void setEditedOrganization(String editedOrganization) {
        this.editedOrganization = editedOrganization;
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public void setEnterpriseNumber(String enterpriseNumber) {
        this.enterpriseNumber = enterpriseNumber;
    }

    public Names getShortName() {
        return shortName;
    }

    public Names getLongName() {
        return longName;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getLogoOrganization() {
        return logoOrganization;
    }

    public void setLogoOrganization(String logoOrganization) {
        this.logoOrganization = logoOrganization;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }

    public String getApplicationOrganization() {
        return applicationOrganization;
    }

    public void setApplicationOrganization(String applicationOrganization) {
        this.applicationOrganization = applicationOrganization;
    }

    public String getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(String applicationId) {
        this.applicationId = applicationId;
    }

    public Names getApplicationName() {
        return applicationName;
    }

    public String getEditedType() {
        return editedType;
    }

    public void setEditedType(String editedType) {
        this.editedType = editedType;
    }

    public String getMessageTypeId() {
        return messageTypeId;
    }

    public void setMessageTypeId(String messageTypeId) {
        this.messageTypeId = messageTypeId;
    }

    public Names getTypeName() {
        return typeName;
    }

    public int getValidityNumber() {
        return validityNumber;
    }

    public void setValidityNumber(int validityNumber) {
        this.validityNumber = validityNumber;
    }

    public ValidityPeriod.Unit getValidityUnit() {
        return validityUnit;
    }

    public void setValidityUnit(ValidityPeriod.Unit validityUnit) {
        this.validityUnit = validityUnit;
    }

    public boolean isRegisteredMailAllowed() {
        return registeredMailAllowed;
    }

    public void setRegisteredMailAllowed(boolean registeredMailAllowed) {
        this.registeredMailAllowed = registeredMailAllowed;
    }

    public boolean isRepliesAllowed() {
        return repliesAllowed;
    }

    public void setRepliesAllowed(boolean repliesAllowed) {
        this.repliesAllowed = repliesAllowed;
    }

    public List<String> getSenders() {
        return senders;
    }

    public void setSenders(List<String> senders) {
        this.senders = senders;
    }
}
