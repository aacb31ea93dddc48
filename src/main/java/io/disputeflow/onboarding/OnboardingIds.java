package io.disputeflow.onboarding;

import io.disputeflow.api.InvalidRequestException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Ids of companies and stores: lower-case letters and digits joined by single hyphens, the form Camunda accepts for
 * tenant and group ids. An id left out of a request is made from the name: "Aurora Trading" becomes
 * {@code aurora-trading}, its store "Aurora Gadgets" {@code store-aurora-gadgets}.
 */
final class OnboardingIds {

    static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String PATTERN_MESSAGE = "must be lower-case letters and digits joined by single hyphens, "
            + "e.g. aurora-trading";
    /** The company's Camunda group is {@code company-<id>}, and Camunda's group ids hold at most 64 characters. */
    static final int MAX_COMPANY_ID = 56;
    static final int MAX_STORE_ID = 64;

    private OnboardingIds() {
    }

    static String companyId(String requested, String name) {
        return requested != null ? requested : fromName(name, "", MAX_COMPANY_ID);
    }

    static String storeId(String requested, String name) {
        return requested != null ? requested : fromName(name, "store-", MAX_STORE_ID);
    }

    private static String fromName(String name, String prefix, int maxLength) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        if (slug.isEmpty()) {
            throw new InvalidRequestException("id", "required", "is required when the name has no Latin letters or "
                    + "digits to make it from: send an id such as aurora-trading");
        }
        String id = prefix + slug;
        return id.length() <= maxLength ? id : id.substring(0, maxLength).replaceAll("-+$", "");
    }
}
