package org.ebox.web.config.auth;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.ebox.access.boundary.PersonDirectory;
import org.ebox.access.boundary.SignIn;
import org.ebox.access.boundary.SignIn.CodeCheck;
import org.ebox.access.entity.AccessRole;
import org.ebox.access.entity.EnterpriseAccess;
import org.ebox.access.entity.Person;
import org.ebox.platform.security.Caller;
import org.ebox.platform.security.Roles;

/**
 * Completes a login with its second factor (the password was checked in the first step, which opened the challenge)
 * and gives the caller its principal and groups. The groups are those of the enterprise the person acts for now:
 * every person is {@value Roles#PERSON}; plus the name of each role held for that enterprise and the roles it implies
 * ({@value Roles#EBOX_READER}, {@value Roles#ACCESS_MANAGER}, {@value Roles#ENTERPRISE_ADMINISTRATOR}); plus
 * {@value Roles#PLATFORM_OPERATOR} for the service's own operators. They are read anew on every request, and the
 * principal ({@link Caller}) names the enterprise acted for, which every boundary reads from there.
 */
@ApplicationScoped
public class EboxIdentityStore implements IdentityStore {

    @EJB
    PersonDirectory persons;

    @EJB
    SignIn signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof ProviderCredential provider) {
            return signInThroughProvider(provider);
        }
        if (!(credential instanceof SecondFactorCredential second)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        CodeCheck outcome = signIn.completeChallenge(second.challengeId(), second.code());
        second.outcome(outcome);
        if (outcome instanceof CodeCheck.Completed completed) {
            // The login request gets its full identity at once (the only enterprise's roles, if there is one).
            Optional<Identity> identity = currentIdentityOf(completed.login(), null);
            if (identity.isPresent()) {
                return new CredentialValidationResult(
                        identity.get().caller(), identity.get().groups());
            }
        }
        return INVALID_RESULT;
    }

    /** The person an account of the identity provider stands for, linked at its first sign-in; else invalid. */
    private CredentialValidationResult signInThroughProvider(ProviderCredential provider) {
        Optional<Identity> identity =
                signIn.signInThroughProvider(provider.account()).flatMap(login -> currentIdentityOf(login, null));
        provider.known(identity.isPresent());
        return identity.map(known -> new CredentialValidationResult(known.caller(), known.groups()))
                .orElse(INVALID_RESULT);
    }

    /** Who a signed-in person is for the container on this request: the caller principal and its groups. */
    public record Identity(Caller caller, Set<String> groups) {}

    /**
     * The identity of a person who logged in earlier in this session, for the enterprise chosen (null: the person's
     * only enterprise, if there is just one). Empty when the person no longer exists.
     */
    public Optional<Identity> currentIdentityOf(String login, String enterpriseNumber) {
        return persons.findByLogin(login).map(person -> identityOf(person, enterpriseNumber));
    }

    /** The groups alone, as {@link #currentIdentityOf} gives them; empty when the person no longer exists. */
    public Set<String> currentGroupsOf(String login, String enterpriseNumber) {
        return currentIdentityOf(login, enterpriseNumber).map(Identity::groups).orElse(Set.of());
    }

    /**
     * The caller acts for the enterprise asked for only when it holds an access for it: a chosen number the person
     * has no access for gives no enterprise and no enterprise role.
     */
    public static Identity identityOf(Person person, String enterpriseNumber) {
        String enterprise = enterpriseNumber != null ? enterpriseNumber : onlyEnterpriseOf(person);
        Set<String> groups = new HashSet<>();
        groups.add(Roles.PERSON);
        if (person.isPlatformOperator()) {
            groups.add(Roles.PLATFORM_OPERATOR);
        }
        boolean actsFor = false;
        for (EnterpriseAccess access : person.getAccesses()) {
            if (access.getEnterpriseNumber().equals(enterprise)) {
                actsFor = true;
                groups.add(access.getRole().name());
                groups.addAll(derivedRoles(access));
            }
        }
        return new Identity(
                new Caller(person.getLogin(), person.getPersonId(), actsFor ? enterprise : null), Set.copyOf(groups));
    }

    /** The roles each CSAM role implies, named once here for every boundary and page. */
    private static Set<String> derivedRoles(EnterpriseAccess access) {
        Set<String> roles = new HashSet<>();
        if (access.grantsEbox()) {
            roles.add(Roles.EBOX_READER);
        }
        if (access.getRole().isAdministrator()) {
            roles.add(Roles.ENTERPRISE_ADMINISTRATOR);
        }
        if (AccessRole.MANAGERS.contains(access.getRole())) {
            roles.add(Roles.ACCESS_MANAGER);
        }
        return roles;
    }

    private static String onlyEnterpriseOf(Person person) {
        Set<String> numbers = new HashSet<>();
        person.getAccesses().forEach(access -> numbers.add(access.getEnterpriseNumber()));
        return numbers.size() == 1 ? numbers.iterator().next() : null;
    }
}
