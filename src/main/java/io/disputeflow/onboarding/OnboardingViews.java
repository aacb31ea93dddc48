package io.disputeflow.onboarding;

import java.time.Instant;
import java.util.List;

/** What the onboarding API answers. */
final class OnboardingViews {

    private OnboardingViews() {
    }

    record CompanyView(String id, String name, int storeLimit, int openStores, List<StoreView> stores,
                       List<PersonView> people) {
    }

    /** {@code status} OPEN or CLOSED; a closed store's disputes that were open when it closed run on. */
    record StoreView(String id, String companyId, String name, String status, Instant closedAt, int openDisputes) {
    }

    record PersonView(String userId, String companyId, String firstName, String lastName, String email,
                      CompanyRole role) {
    }
}
