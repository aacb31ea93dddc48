package io.disputeflow.demo;

import io.disputeflow.identity.NameVisibility;
import io.disputeflow.identity.PlatformGroup;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the platform's people, one or more per role. The companies' agents and supervisors are
 * onboarded with their stores ({@link DemoMarketplace}), as the onboarding API does. Idempotent, so restarting the
 * demo keeps whatever was changed in Admin.
 */
@Component
@Profile("demo")
@Order(100)
public class DemoIdentitySetup extends AbstractCamundaConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DemoIdentitySetup.class);
    private static final Set<PlatformGroup> PLATFORM_STAFF = Set.of(PlatformGroup.ARBITRATORS,
            PlatformGroup.ARBITRATION_SUPERVISORS, PlatformGroup.PROCESS_OWNERS);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        NameVisibility names = new NameVisibility(engine.getAuthorizationService());
        DemoAccounts.PEOPLE.stream().filter(person -> person.companyId() == null).forEach(person -> {
            createPersonIfMissing(identity, person);
            if (PLATFORM_STAFF.contains(person.group())) {
                names.platformStaff(person.id());
            }
        });
        LOG.info("Demo platform users ready (password = user id)");
    }

    private void createPersonIfMissing(IdentityService identity, DemoAccounts.Person person) {
        if (identity.createUserQuery().userId(person.id()).count() > 0) {
            return;
        }
        User user = identity.newUser(person.id());
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEmail(person.id() + "@demo.disputeflow.io");
        user.setPassword(person.id());
        identity.saveUser(user);
        identity.createMembership(person.id(), person.group().id());
    }
}
