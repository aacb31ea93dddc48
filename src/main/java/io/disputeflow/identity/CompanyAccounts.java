package io.disputeflow.identity;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The Camunda accounts of a company's people: the user, its role group (seller agents or store supervisors) and
 * its company's group, so that Tasklist shows it the work of the company's stores and nobody else's.
 */
@Component
public class CompanyAccounts {

    /** A person's account as Camunda keeps it; {@code role} is the platform group of their role, if any. */
    public record Account(String userId, String firstName, String lastName, String email, PlatformGroup role) {
    }

    private static final List<PlatformGroup> COMPANY_ROLES = List.of(PlatformGroup.SELLER_AGENTS,
            PlatformGroup.STORE_SUPERVISORS);

    private final IdentityService identity;
    private final StoreTenants tenants;

    public CompanyAccounts(IdentityService identity, StoreTenants tenants) {
        this.identity = identity;
        this.tenants = tenants;
    }

    public Optional<Account> find(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return Optional.ofNullable(user).map(found -> new Account(found.getId(), found.getFirstName(),
                found.getLastName(), found.getEmail(), roleOf(found.getId())));
    }

    public boolean isMember(String companyId, String userId) {
        return identity.createUserQuery().userId(userId).memberOfGroup(StoreTenants.companyGroup(companyId))
                .count() > 0;
    }

    /** The company's people, by user id. */
    public List<Account> of(String companyId) {
        return identity.createUserQuery().memberOfGroup(StoreTenants.companyGroup(companyId)).orderByUserId().asc()
                .list().stream().map(user -> new Account(user.getId(), user.getFirstName(), user.getLastName(),
                        user.getEmail(), roleOf(user.getId()))).toList();
    }

    /** Creates the account in its role and makes it one of the company's people. */
    public Account create(String companyId, Account person, String password) {
        User user = identity.newUser(person.userId());
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEmail(person.email());
        user.setPassword(password);
        identity.saveUser(user);
        identity.createMembership(person.userId(), person.role().id());
        tenants.addMember(companyId, person.userId());
        return person;
    }

    private PlatformGroup roleOf(String userId) {
        return COMPANY_ROLES.stream().filter(role -> identity.createUserQuery().userId(userId)
                .memberOfGroup(role.id()).count() > 0).findFirst().orElse(null);
    }
}
