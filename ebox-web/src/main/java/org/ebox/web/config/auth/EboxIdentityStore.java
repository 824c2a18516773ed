package org.ebox.web.config.auth;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.ebox.access.boundary.PersonDirectory;
import org.ebox.access.entity.AccessRole;
import org.ebox.access.entity.EnterpriseAccess;
import org.ebox.access.entity.Person;

/**
 * Checks a login and password against the persons in the database and gives the caller its groups: every person is
 * {@value AccessRole#AUTHENTICATED}; one who may open at least one e-Box is also {@value AccessRole#EBOX_READER};
 * plus the name of every role held. Which enterprise a role is for is checked per request, on the server.
 */
@ApplicationScoped
public class EboxIdentityStore implements IdentityStore {

    @EJB
    PersonDirectory persons;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Person> person = persons.findByLogin(login.getCaller());
        if (person.isEmpty() || !passwordHash.verify(login.getPassword().getValue(), person.get().getPasswordHash())) {
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(person.get().getLogin(), groupsOf(person.get()));
    }

    /**
     * The groups of a person who logged in earlier in this session, read anew on every request so that a role given
     * or taken away counts from the person's next request. Empty when the person no longer exists.
     */
    public Set<String> currentGroupsOf(String login) {
        return persons.findByLogin(login).map(EboxIdentityStore::groupsOf).orElse(Set.of());
    }

    static Set<String> groupsOf(Person person) {
        Set<String> groups = new HashSet<>();
        groups.add(AccessRole.AUTHENTICATED);
        for (EnterpriseAccess access : person.getAccesses()) {
            groups.add(access.getRole().name());
            if (access.grantsEbox()) {
                groups.add(AccessRole.EBOX_READER);
            }
        }
        return groups;
    }
}
