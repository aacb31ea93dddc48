package io.disputeflow.supervision;

import io.disputeflow.api.ApiAccess;
import io.disputeflow.api.ApiCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The supervisors' overview, read by Cockpit's "Disputes" dashboard (and by any supervisor's client). */
@RestController
@Tag(name = "Supervision", description = "Open disputes, money at risk and deadlines of a supervisor's stores")
public class SupervisionController {

    private final SupervisionOverview overview;
    private final ApiAccess access;

    public SupervisionController(SupervisionOverview overview, ApiAccess access) {
        this.overview = overview;
        this.access = access;
    }

    @GetMapping(path = "/api/supervision/overview", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open disputes by status, money at risk (what pending automatic outcomes would refund) and "
            + "deadlines overdue or due within 24 hours, of the caller's stores (every store for the platform)")
    public SupervisionView overview() {
        ApiCaller caller = access.requireSupervision();
        return caller.seesEveryStore() ? overview.of(null, "every store") : overview.of(caller.storeIds(), "my stores");
    }
}
