package org.ebox.web.config.auth;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Set;
import org.ebox.access.boundary.PersonDirectory;
import org.ebox.access.boundary.SignIn;
import org.ebox.access.boundary.SignIn.CodeCheck;
import org.ebox.access.entity.AccessRole;
import org.ebox.access.entity.EnterpriseAccess;
import org.ebox.access.entity.Person;

/**
 * Completes a login with its second factor (the password was checked in the first step, which opened the challenge)
 * and gives the caller its groups. The groups are those of the enterprise the person acts for now: every person is
 * {@value AccessRole#AUTHENTICATED}; plus the name of each role held for that enterprise; plus
 * {@value AccessRole#EBOX_READER} when one of them opens its e-Box; plus
 * {@value AccessRole#PLATFORM_OPERATOR} for the service's own operators. They are read anew on every request.
 */
@ApplicationScoped
public class EboxIdentityStore implements IdentityStore {

    @EJB
    PersonDirectory persons;

    @EJB
    SignIn signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof SecondFactorCredential second)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        CodeCheck outcome = signIn.completeChallenge(second.challengeId(), second.code());
        second.outcome(outcome);
        if (outcome instanceof CodeCheck.Completed completed) {
            return new CredentialValidationResult(completed.login(), Set.of(AccessRole.AUTHENTICATED));
        }
        return INVALID_RESULT;
    }

    /**
     * The groups of a person who logged in earlier in this session, for the enterprise chosen (null: the person's
     * only enterprise, if there is just one). Empty when the person no longer exists.
     */
    public Set<String> currentGroupsOf(String login, String enterpriseNumber) {
        return persons.findByLogin(login).map(person -> groupsOf(person, enterpriseNumber)).orElse(Set.of());
    }

    static Set<String> groupsOf(Person person, String enterpriseNumber) {
        String enterprise = enterpriseNumber != null ? enterpriseNumber : onlyEnterpriseOf(person);
        Set<String> groups = new HashSet<>();
        groups.add(AccessRole.AUTHENTICATED);
        if (person.isPlatformOperator()) {
            groups.add(AccessRole.PLATFORM_OPERATOR);
        }
        for (EnterpriseAccess access : person.getAccesses()) {
            if (access.getEnterpriseNumber().equals(enterprise)) {
                groups.add(access.getRole().name());
                if (access.grantsEbox()) {
                    groups.add(AccessRole.EBOX_READER);
                }
            }
        }
        return groups;
    }

    private static String onlyEnterpriseOf(Person person) {
        Set<String> numbers = new HashSet<>();
        person.getAccesses().forEach(access -> numbers.add(access.getEnterpriseNumber()));
        return numbers.size() == 1 ? numbers.iterator().next() : null;
    }
}
