package io.disputeflow.onboarding;

import io.disputeflow.identity.PlatformGroup;
import java.util.Arrays;

/** What one of a company's people does: answer disputes in Tasklist, or also supervise the company's stores. */
public enum CompanyRole {
    AGENT(PlatformGroup.SELLER_AGENTS),
    SUPERVISOR(PlatformGroup.STORE_SUPERVISORS);

    private final PlatformGroup group;

    CompanyRole(PlatformGroup group) {
        this.group = group;
    }

    public PlatformGroup group() {
        return group;
    }

    /** The role whose Camunda group this is, or null for a group that is no company role. */
    public static CompanyRole of(PlatformGroup group) {
        return Arrays.stream(values()).filter(role -> role.group == group).findFirst().orElse(null);
    }
}
