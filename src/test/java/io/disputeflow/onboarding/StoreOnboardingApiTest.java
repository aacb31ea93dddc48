package io.disputeflow.onboarding;

import static io.disputeflow.support.ApiFixture.ADMIN;
import static io.disputeflow.support.ApiFixture.NORTH_AGENT;
import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.ApiTestSupport;
import io.disputeflow.tasklist.TasklistFilters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Store onboarding through the API on PostgreSQL and real HTTP: a company, its stores and its people are set up the
 * way the demo's are, take disputes at once, and their agents see them in Tasklist (the engine's REST API as the
 * agent, as Tasklist asks it); the six-stores rule holds under concurrency; a closed store takes no new disputes.
 */
class StoreOnboardingApiTest extends ApiTestSupport {

    static final String ONBOARDER = "onboarder";
    static final AtomicInteger RUNS = new AtomicInteger();

    @Autowired
    FilterService filters;

    String run;

    @BeforeEach
    void platformAdministrator() {
        run = Long.toString(System.nanoTime(), 36) + RUNS.incrementAndGet();
        if (identity.createUserQuery().userId(ONBOARDER).count() == 0) {
            User user = identity.newUser(ONBOARDER);
            user.setPassword(ApiFixture.password(ONBOARDER));
            identity.saveUser(user);
            identity.createMembership(ONBOARDER, PlatformGroup.PLATFORM_ADMINS.id());
        }
    }

    @Test
    void aCompanyWithThreeStoresOnboardedThroughTheApi_takesDisputes_andOnlyItsAgentsSeeThemInTasklist() {
        ResponseEntity<JsonNode> company = api.post(ONBOARDER, "/api/companies", Map.of("name", "Acme " + run));
        assertThat(company.getStatusCode()).as(String.valueOf(company.getBody())).isEqualTo(HttpStatus.CREATED);
        String acme = company.getBody().get("id").asText();
        assertThat(acme).as("made from the name").isEqualTo("acme-" + run);
        assertThat(company.getHeaders().getLocation()).hasPath("/api/companies/" + acme);
        List<String> stores = new ArrayList<>();
        for (String name : List.of("Gadgets", "Home", "Garden")) {
            ResponseEntity<JsonNode> store = api.post(ONBOARDER, "/api/companies/" + acme + "/stores",
                    Map.of("name", "Acme " + run + " " + name));
            assertThat(store.getStatusCode()).as(String.valueOf(store.getBody())).isEqualTo(HttpStatus.CREATED);
            assertThat(store.getBody().get("status").asText()).isEqualTo("OPEN");
            stores.add(store.getBody().get("id").asText());
        }
        assertThat(stores.get(0)).isEqualTo("store-acme-" + run + "-gadgets");
        String agent = "agent-" + run;
        String supervisor = "chief-" + run;
        assertThat(addPerson(acme, agent, "AGENT").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(addPerson(acme, supervisor, "SUPERVISOR").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String rival = companyWithOneStore("rival-" + run);
        String rivalAgent = "rival-agent-" + run;
        addPerson(rival, rivalAgent, "AGENT");

        List<String> disputeIds = stores.stream().map(store -> opened(openRequest("O-ONB-" + store, store,
                "DEFECTIVE", "30.00", NOW))).toList();

        List<JsonNode> agentsTasks = list(api.get(agent, "/engine-rest/task?sortBy=dueDate&sortOrder=asc"));
        assertThat(agentsTasks).extracting(task -> task.get("tenantId").asText())
                .containsExactlyInAnyOrderElementsOf(stores);
        assertThat(agentsTasks).extracting(task -> task.get("taskDefinitionKey").asText())
                .containsOnly(Tasks.RESPOND_TO_DISPUTE);
        assertThat(agentsTasks).extracting(task -> processBusinessKey(task))
                .containsExactlyInAnyOrderElementsOf(disputeIds);
        String myStores = filters.createFilterQuery().filterName(TasklistFilters.MY_STORES).singleResult().getId();
        assertThat(list(api.get(agent, "/engine-rest/filter/" + myStores + "/list")))
                .extracting(task -> task.get("tenantId").asText()).containsExactlyInAnyOrderElementsOf(stores);
        assertThat(filterNames(agent)).contains(TasklistFilters.MY_STORES, "Store · Acme " + run + " Gadgets",
                "Store · Acme " + run + " Home", "Store · Acme " + run + " Garden")
                .doesNotContain("Store · " + rival + " Store");
        assertThat(list(api.get(supervisor, "/engine-rest/task"))).extracting(task -> task.get("tenantId").asText())
                .containsExactlyInAnyOrderElementsOf(stores);
        assertThat(list(api.get(rivalAgent, "/engine-rest/task"))).as("another company's agent sees none").isEmpty();
        assertThat(filterNames(rivalAgent)).contains("Store · " + rival + " Store")
                .doesNotContain("Store · Acme " + run + " Gadgets");

        JsonNode read = api.get(ONBOARDER, "/api/companies/" + acme).getBody();
        assertThat(read.get("openStores").asInt()).isEqualTo(3);
        assertThat(read.get("storeLimit").asInt()).isEqualTo(6);
        assertThat(list(read.get("stores"))).extracting(store -> store.get("openDisputes").asInt()).containsOnly(1);
        assertThat(list(read.get("people"))).extracting(person -> person.get("userId").asText() + " "
                + person.get("role").asText()).containsExactlyInAnyOrder(agent + " AGENT", supervisor + " SUPERVISOR");
    }

    @Test
    void theSeventhOpenStoreIsRefusedWith422StoreLimit_andClosingAStoreFreesItsPlace() {
        String company = companyWithStores("sextet-" + run, 6);

        ResponseEntity<JsonNode> seventh = openStore(company, company + "-7");

        assertRefused(seventh, HttpStatus.UNPROCESSABLE_ENTITY, "rule-violation");
        assertThat(seventh.getBody().get("rule").asText()).isEqualTo("store-limit");
        assertThat(seventh.getBody().at("/errors/0/field").asText()).isEqualTo("companyId");
        assertThat(seventh.getBody().get("detail").asText()).contains("6 stores");
        assertThat(identity.createTenantQuery().tenantId(company + "-7").count()).as("no tenant").isZero();
        assertThat(post("/api/stores/" + company + "-1/closure", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(openStore(company, company + "-7").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.get(ONBOARDER, "/api/companies/" + company).getBody().get("openStores").asInt()).isEqualTo(6);
    }

    @Test
    void twoConcurrentRequestsForACompanysSixthAndSeventhStore_oneIsOpenedTheOtherRefused() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String company = companyWithStores("race-" + round + "-" + run, 5);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
                for (String store : List.of(company + "-a", company + "-b")) {
                    answers.add(threads.submit(() -> {
                        start.await();
                        return openStore(company, store);
                    }));
                }
                List<HttpStatus> statuses = new ArrayList<>();
                for (Future<ResponseEntity<JsonNode>> answer : answers) {
                    ResponseEntity<JsonNode> response = answer.get(60, TimeUnit.SECONDS);
                    statuses.add(HttpStatus.valueOf(response.getStatusCode().value()));
                    if (response.getStatusCode() == HttpStatus.UNPROCESSABLE_ENTITY) {
                        assertThat(response.getBody().get("rule").asText()).isEqualTo("store-limit");
                    }
                }

                assertThat(statuses).as("round " + round)
                        .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.UNPROCESSABLE_ENTITY);
                assertThat(list(api.get(ONBOARDER, "/api/companies/" + company).getBody().get("stores"))).hasSize(6);
                assertThat(identity.createTenantQuery().tenantIdIn(company + "-a", company + "-b").count())
                        .as("one tenant for the one store opened").isOne();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aClosedStoreRefusesNewDisputesWithRuleStoreClosed_andItsRunningDisputeFinishes() {
        String company = companyWithStores("closing-" + run, 1);
        String store = company + "-1";
        String running = opened(openRequest("O-RUN-" + run, store, "DEFECTIVE", "30.00", NOW));

        ResponseEntity<JsonNode> closed = post("/api/stores/" + store + "/closure", null);
        ResponseEntity<JsonNode> again = post("/api/stores/" + store + "/closure", null);
        ResponseEntity<JsonNode> refused = api.post(STOREFRONT, "/api/disputes",
                openRequest("O-NEW-" + run, store, "DEFECTIVE", "30.00", NOW));

        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(closed.getBody().get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.getBody().get("openDisputes").asInt()).isOne();
        assertThat(again.getBody().get("closedAt")).as("closing twice changes nothing")
                .isEqualTo(closed.getBody().get("closedAt"));
        assertRefused(refused, HttpStatus.UNPROCESSABLE_ENTITY, "rule-violation");
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("store-closed");
        assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("storeId");
        assertThat(refused.getBody().get("detail").asText()).contains(store).contains("closed");
        assertThat(disputesOfOrder("O-NEW-" + run)).isZero();

        assertThat(api.completeTask(ADMIN, disputes.task(running, Tasks.RESPOND_TO_DISPUTE).getId(),
                Map.of("sellerDecision", "ACCEPT")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        disputes.runJobs(running);
        assertThat(dispute(running).get("closedAt").isNull()).as("the running dispute finished").isFalse();
        assertRefused(openStore(company, store), HttpStatus.CONFLICT, "store-closed");
    }

    @Test
    void theSameIdempotencyKeyAndBody_getsTheSameAnswer_aDifferentBodyIsRefused() {
        String company = companyWithStores("repeat-" + run, 0);
        Map<String, Object> body = Map.of("id", company + "-1", "name", "Repeat One");

        ResponseEntity<JsonNode> first = api.post(ONBOARDER, "/api/companies/" + company + "/stores", body, "k-" + run);
        ResponseEntity<JsonNode> repeat = api.post(ONBOARDER, "/api/companies/" + company + "/stores", body, "k-" + run);
        ResponseEntity<JsonNode> other = api.post(ONBOARDER, "/api/companies/" + company + "/stores",
                Map.of("id", company + "-2", "name", "Repeat Two"), "k-" + run);
        ResponseEntity<JsonNode> plainRepeat = api.post(ONBOARDER, "/api/companies/" + company + "/stores", body);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeat.getBody()).isEqualTo(first.getBody());
        assertThat(repeat.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertRefused(other, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused");
        assertThat(stores.find(company + "-2")).isEmpty();
        assertThat(plainRepeat.getStatusCode()).as("a repeat without a key finds the store").isEqualTo(HttpStatus.OK);
        assertThat(plainRepeat.getBody()).isEqualTo(first.getBody());

        ResponseEntity<JsonNode> person = addPerson(company, "repeat-agent-" + run, "AGENT", "p-" + run);
        ResponseEntity<JsonNode> personAgain = addPerson(company, "repeat-agent-" + run, "AGENT", "p-" + run);
        assertThat(person.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(personAgain.getBody()).isEqualTo(person.getBody());
        assertThat(person.getBody().has("password")).as("never answered").isFalse();
        assertThat(jdbc.queryForObject("SELECT body FROM api_idempotency_key WHERE idempotency_key = ?", String.class,
                "p-" + run)).doesNotContain(ApiFixture.password("repeat-agent-" + run));
    }

    @Test
    void idsTakenByOthers_409NamingTheField() {
        String company = companyWithStores("taken-" + run, 1);
        String other = companyWithStores("other-" + run, 0);
        addPerson(company, "taken-agent-" + run, "AGENT");

        ResponseEntity<JsonNode> companyTaken = api.post(ONBOARDER, "/api/companies",
                Map.of("id", company, "name", "Somebody Else"));
        ResponseEntity<JsonNode> storeTaken = openStore(other, company + "-1");
        ResponseEntity<JsonNode> userTaken = addPerson(other, "taken-agent-" + run, "AGENT");

        assertRefused(companyTaken, HttpStatus.CONFLICT, "company-exists");
        assertThat(companyTaken.getBody().at("/errors/0/field").asText()).isEqualTo("id");
        assertRefused(storeTaken, HttpStatus.CONFLICT, "store-exists");
        assertThat(storeTaken.getBody().at("/errors/0/field").asText()).isEqualTo("id");
        assertRefused(userTaken, HttpStatus.CONFLICT, "user-exists");
        assertThat(userTaken.getBody().at("/errors/0/field").asText()).isEqualTo("userId");
        assertRefused(openStore("nobody-" + run, "store-x-" + run), HttpStatus.NOT_FOUND, "company-not-found");
    }

    @Test
    void onlyPlatformAdministratorsAndCamundaAdminOnboard_andInvalidFieldsAreNamed() {
        assertRefused(api.post(STOREFRONT, "/api/companies", Map.of("name", "Shop " + run)), HttpStatus.FORBIDDEN,
                "forbidden");
        assertRefused(api.post(NORTH_AGENT, "/api/companies", Map.of("name", "Agent " + run)), HttpStatus.FORBIDDEN,
                "forbidden");
        assertThat(api.post(ADMIN, "/api/companies", Map.of("name", "Admin " + run)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> badId = api.post(ONBOARDER, "/api/companies", Map.of("id", "Not An Id", "name", "X"));
        assertRefused(badId, HttpStatus.BAD_REQUEST, "validation");
        assertThat(badId.getBody().at("/errors/0/field").asText()).isEqualTo("id");
        String company = companyWithStores("fields-" + run, 0);
        Map<String, Object> person = person("short-" + run, null);
        person.put("password", "short");
        ResponseEntity<JsonNode> badPerson = api.post(ONBOARDER, "/api/companies/" + company + "/people", person);
        assertRefused(badPerson, HttpStatus.BAD_REQUEST, "validation");
        assertThat(list(badPerson.getBody().get("errors"))).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("password", "role");
    }

    // ----- helpers -----

    String companyWithOneStore(String id) {
        api.post(ONBOARDER, "/api/companies", Map.of("id", id, "name", id));
        assertThat(openStore(id, "store-" + id, id + " Store").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return id;
    }

    String companyWithStores(String id, int count) {
        assertThat(api.post(ONBOARDER, "/api/companies", Map.of("id", id, "name", "Company " + id)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        for (int store = 1; store <= count; store++) {
            assertThat(openStore(id, id + "-" + store).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        return id;
    }

    ResponseEntity<JsonNode> openStore(String company, String storeId) {
        return openStore(company, storeId, "Store " + storeId);
    }

    ResponseEntity<JsonNode> openStore(String company, String storeId, String name) {
        return api.post(ONBOARDER, "/api/companies/" + company + "/stores", Map.of("id", storeId, "name", name));
    }

    ResponseEntity<JsonNode> addPerson(String company, String userId, String role) {
        return addPerson(company, userId, role, null);
    }

    ResponseEntity<JsonNode> addPerson(String company, String userId, String role, String key) {
        return api.post(ONBOARDER, "/api/companies/" + company + "/people", person(userId, role), key);
    }

    static Map<String, Object> person(String userId, String role) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("userId", userId);
        person.put("firstName", "First");
        person.put("lastName", "Last " + userId);
        person.put("email", userId + "@example.com");
        person.put("password", ApiFixture.password(userId));
        if (role != null) {
            person.put("role", role);
        }
        return person;
    }

    ResponseEntity<JsonNode> post(String path, Object body) {
        return api.post(ONBOARDER, path, body);
    }

    String processBusinessKey(JsonNode task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.get("processInstanceId").asText())
                .singleResult().getBusinessKey();
    }

    List<String> filterNames(String user) {
        return list(api.get(user, "/engine-rest/filter").getBody()).stream()
                .map(filter -> filter.get("name").asText()).toList();
    }

    static List<JsonNode> list(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return list(response.getBody());
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    static void assertRefused(ResponseEntity<JsonNode> response, HttpStatus status, String type) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON))
                .as("problem+json, not " + response.getHeaders().getContentType()).isTrue();
        assertThat(response.getBody().get("type").asText()).isEqualTo("https://disputeflow.io/problems/" + type);
        assertThat(response.getBody().get("detail").asText()).isNotBlank();
    }
}
