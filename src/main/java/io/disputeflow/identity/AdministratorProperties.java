package io.disputeflow.identity;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The platform administrator, created at start-up when missing. Outside the demo profile both values must
 * come from the environment ({@code DISPUTEFLOW_ADMIN_USER}, {@code DISPUTEFLOW_ADMIN_PASSWORD}); there is
 * deliberately no built-in default, so the application refuses to start without them.
 */
@Validated
@ConfigurationProperties("disputeflow.admin")
public record AdministratorProperties(
        @NotBlank(message = "is not set: export DISPUTEFLOW_ADMIN_USER with the administrator's user id")
        String user,
        @NotBlank(message = "is not set: export DISPUTEFLOW_ADMIN_PASSWORD with the administrator's password")
        String password) {

    @Override
    public String toString() {
        return "AdministratorProperties[user=" + user + ", password=***]";
    }
}
