package io.disputeflow.metrics;

import static io.disputeflow.support.ApiFixture.ADMIN;
import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.disputeflow.metrics.MoneyAtRisk.Exposure;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.ApiTestSupport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * R2 and R15 put money at risk: a seller silent on a request has the buyer's proposal refunded, a seller silent on a
 * returned parcel has the agreed refund paid. Money at risk sums what those pending automatic outcomes would pay,
 * per store, currency and rule, and a company sees only its own stores.
 */
class MoneyAtRiskPostgresTest extends ApiTestSupport {

    @Autowired
    MoneyAtRisk moneyAtRisk;

    final String run = "mr" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void R2_R15_pendingAutomaticRefundsAreSummedPerStoreCurrencyAndRule_aCompanySeesOnlyItsStores() {
        String a1 = run + "-a1";
        String a2 = run + "-a2";
        String b1 = run + "-b1";
        stores.register(run + "-a", "Company A", a1, "Store A1");
        stores.register(run + "-a", "Company A", a2, "Store A2");
        stores.register(run + "-b", "Company B", b1, "Store B1");
        open(a1, "12.00", false);
        open(a1, "20.50", false);
        open(b1, "30.00", false);
        String returning = open(a2, "40.00", true);
        assertThat(api.completeTask(ADMIN, disputes.task(returning, Tasks.RESPOND_TO_DISPUTE).getId(),
                Map.of("sellerDecision", "ACCEPT")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        disputes.runJobs(returning);
        assertThat(api.post(STOREFRONT, "/api/disputes/" + returning + "/return-shipment",
                Map.of("carrier", "Cainiao", "trackingNumber", "RT-" + returning)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(dispute(returning).get("status").asText()).isEqualTo("AWAITING_RETURN_RECEIPT");
        String answered = open(a2, "9.00", false);
        assertThat(api.completeTask(ADMIN, disputes.task(answered, Tasks.RESPOND_TO_DISPUTE).getId(),
                Map.of("sellerDecision", "REJECT", "sellerMessage", "As described")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        disputes.runJobs(answered);

        List<Exposure> companyA = moneyAtRisk.ofStores(List.of(a1, a2));

        assertThat(companyA).extracting(Exposure::storeId, Exposure::currency, Exposure::rule, Exposure::disputes,
                Exposure::amount).containsExactly(
                tuple(a1, "USD", "R2", 2, new BigDecimal("32.50")),
                tuple(a2, "USD", "R15", 1, new BigDecimal("40.00")));
        assertThat(moneyAtRisk.ofStores(List.of(b1))).extracting(Exposure::storeId, Exposure::amount)
                .containsExactly(tuple(b1, new BigDecimal("30.00")));
        assertThat(moneyAtRisk.all()).extracting(Exposure::storeId).contains(a1, a2, b1);
        assertThat(moneyAtRisk.ofStores(List.of())).isEmpty();
    }

    private String open(String storeId, String amount, boolean returnOffered) {
        Map<String, Object> request = openRequest("O-" + UUID.randomUUID(), storeId, "DEFECTIVE", amount, NOW);
        request.put("returnOffered", returnOffered);
        return opened(request);
    }
}
