package org.ebox.web.operations;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.ebox.access.entity.ApiClient.Credential;
import org.ebox.access.entity.ApiClient.Purpose;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.operations.boundary.ApiClientRefused;
import org.ebox.operations.boundary.ApiClients;
import org.ebox.operations.boundary.ApiClients.Client;
import org.ebox.operations.boundary.ApiClients.Registered;
import org.ebox.operations.boundary.ApiClients.Registration;
import org.ebox.web.session.Feedback;
import org.ebox.web.session.Redirects;

/**
 * The API clients page: the registered clients with their keys, a form to register one (with every scope of its
 * purpose; the operators' API can register fewer), a form to add a key, and buttons that revoke a key or a client.
 */
@Named("apiClients")
@RequestScoped
public class ApiClientsBacking {

    static final String PAGE = "/app/operations/api-clients.xhtml";

    /** The page shows this many clients, newest first; the operators' API pages through all of them. */
    static final int SHOWN = 200;

    @Inject
    FacesContext faces;

    @Inject
    Feedback feedback;

    @EJB
    ApiClients apiClients;

    @EJB
    ChangeLog changeLog;

    private List<Client> clients;
    private List<ChangeRecord> changes;

    private String clientId;
    private String organizationNumber;
    private Purpose purpose = Purpose.PUBLICATION;
    private Credential credential = Credential.PUBLIC_KEY;
    private String publicKey;
    private String keySetUrl;

    private String keyClientId;
    private String newKey;

    public List<Client> getClients() {
        if (clients == null) {
            clients = apiClients.list(0, SHOWN);
        }
        return clients;
    }

    public List<ChangeRecord> getChanges() {
        if (changes == null) {
            changes = changeLog.latestOf(
                    List.of(
                            Action.API_CLIENT_REGISTERED,
                            Action.API_CLIENT_KEY_ADDED,
                            Action.API_CLIENT_KEY_REVOKED,
                            Action.API_CLIENT_REVOKED),
                    20);
        }
        return changes;
    }

    /** An organisation number as people write it: 0123.456.749. */
    public String formatted(String organizationNumber) {
        return new EnterpriseNumber(organizationNumber).formatted();
    }

    /** The scopes as the contract names them, comma-separated. */
    public String scopes(Set<String> scopes) {
        return String.join(", ", scopes);
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public Credential[] getCredentials() {
        return Credential.values();
    }

    public void register() throws IOException {
        if (!OperatorPages.mayOperate(faces, feedback)) {
            return;
        }
        try {
            Registered done = apiClients.register(new Registration(
                    clientId, organizationNumber, purpose, Set.of(), credential, publicKey, keySetUrl));
            feedback.info(
                    done.created() ? "apiClients.registered" : "apiClients.unchanged",
                    done.client().clientId());
            Redirects.to(faces, PAGE);
        } catch (ApiClientRefused refused) {
            feedback.error("apiClients.refused." + refused.reason().name());
        }
    }

    public void addKey() throws IOException {
        if (!OperatorPages.mayOperate(faces, feedback)) {
            return;
        }
        try {
            ApiClients.Key key = apiClients.addKey(keyClientId, newKey);
            feedback.info("apiClients.keyAdded", key.keyId(), keyClientId);
            Redirects.to(faces, PAGE);
        } catch (ApiClientRefused refused) {
            feedback.error("apiClients.refused." + refused.reason().name());
        }
    }

    public void revokeKey(String client, String keyId) throws IOException {
        if (!OperatorPages.mayOperate(faces, feedback)) {
            return;
        }
        try {
            apiClients.revokeKey(client, keyId);
            feedback.info("apiClients.keyRevoked", keyId, client);
            Redirects.to(faces, PAGE);
        } catch (ApiClientRefused refused) {
            feedback.error("apiClients.refused." + refused.reason().name());
        }
    }

    public void revoke(String client) throws IOException {
        if (!OperatorPages.mayOperate(faces, feedback)) {
            return;
        }
        try {
            apiClients.revoke(client);
            feedback.info("apiClients.revoked", client);
            Redirects.to(faces, PAGE);
        } catch (ApiClientRefused refused) {
            feedback.error("apiClients.refused." + refused.reason().name());
        }
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getOrganizationNumber() {
        return organizationNumber;
    }

    public void setOrganizationNumber(String organizationNumber) {
        this.organizationNumber = organizationNumber;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }

    public Credential getCredential() {
        return credential;
    }

    public void setCredential(Credential credential) {
        this.credential = credential;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    public String getKeySetUrl() {
        return keySetUrl;
    }

    public void setKeySetUrl(String keySetUrl) {
        this.keySetUrl = keySetUrl;
    }

    public String getKeyClientId() {
        return keyClientId;
    }

    public void setKeyClientId(String keyClientId) {
        this.keyClientId = keyClientId;
    }

    public String getNewKey() {
        return newKey;
    }

    public void setNewKey(String newKey) {
        this.newKey = newKey;
    }
}
