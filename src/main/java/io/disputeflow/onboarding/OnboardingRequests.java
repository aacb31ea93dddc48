package io.disputeflow.onboarding;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the onboarding API's requests. */
final class OnboardingRequests {

    private OnboardingRequests() {
    }

    record CreateCompany(
            @Schema(example = "aurora-trading", description = "Made from the name when left out")
            @Pattern(regexp = OnboardingIds.PATTERN, message = OnboardingIds.PATTERN_MESSAGE)
            @Size(max = OnboardingIds.MAX_COMPANY_ID, message = "must be at most 56 characters")
            String id,
            @Schema(example = "Aurora Trading")
            @NotBlank(message = "is required")
            @Size(max = 200, message = "must be at most 200 characters")
            String name) {
    }

    record OpenStore(
            @Schema(example = "store-aurora-gadgets", description = "Also the store's Camunda tenant id; made from the "
                    + "name when left out")
            @Pattern(regexp = OnboardingIds.PATTERN, message = OnboardingIds.PATTERN_MESSAGE)
            @Size(max = OnboardingIds.MAX_STORE_ID, message = "must be at most 64 characters")
            String id,
            @Schema(example = "Aurora Gadgets")
            @NotBlank(message = "is required")
            @Size(max = 200, message = "must be at most 200 characters")
            String name) {
    }

    record AddPerson(
            @Schema(example = "anna", description = "The sign-in name")
            @NotBlank(message = "is required")
            @Pattern(regexp = "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*", message = "must be letters and digits joined by single "
                    + "hyphens, e.g. anna or anna-berg")
            @Size(max = 64, message = "must be at most 64 characters")
            String userId,
            @Schema(example = "Anna") @NotBlank(message = "is required") @Size(max = 255) String firstName,
            @Schema(example = "Berg") @NotBlank(message = "is required") @Size(max = 255) String lastName,
            @Schema(example = "anna.berg@aurora-trading.example")
            @NotBlank(message = "is required") @Email(message = "must be an e-mail address") @Size(max = 255)
            String email,
            @Schema(example = "a-long-initial-secret", description = "The initial password; the person changes it on "
                    + "their profile page. Never returned, never stored in clear.", accessMode = Schema.AccessMode.WRITE_ONLY)
            @NotBlank(message = "is required")
            @Size(min = 10, max = 128, message = "must be 10 to 128 characters")
            String password,
            @Schema(example = "AGENT") @NotNull(message = "is required: AGENT or SUPERVISOR") CompanyRole role) {

        NewPerson person() {
            return new NewPerson(userId, firstName, lastName, email, role);
        }

        /** What identifies the request for Idempotency-Key repeats: everything but the password. */
        AddPerson withoutPassword() {
            return new AddPerson(userId, firstName, lastName, email, null, role);
        }
    }
}
