package io.disputeflow.identity;

import io.disputeflow.onboarding.StoreDirectory;

import static io.disputeflow.support.ApiFixture.STOREFRONT;
import static io.disputeflow.support.ApiFixture.openRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.store.StoreLimitExceededException;
import io.disputeflow.support.ApiFixture;
import io.disputeflow.support.ApiTestSupport;
import io.disputeflow.tasklist.TasklistFilters;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Stores as tenants on PostgreSQL: company scoping of tasks through Camunda's tenant check, tenant ids on every
 * process instance, the six-store limit, shared filters and the grants of each role, seen through the REST
 * API that Tasklist and Cockpit use.
 */
class StoreTenancyPostgresTest extends ApiTestSupport {

    static final String WEST_1 = "store-west-1";
    static final String WEST_2 = "store-west-2";
    static final String EAST_1 = "store-east-1";

    @Autowired
    StoreDirectory directory;
    @Autowired
    FilterService filters;
    @Autowired
    HistoryService history;

    @BeforeEach
    void twoCompanies() {
        directory.register("west", "West Traders", WEST_1, "West One");
        directory.register("west", "West Traders", WEST_2, "West Two");
        directory.register("east", "East Goods", EAST_1, "East One");
        person("west-agent", "seller-agents", "west");
        person("east-agent", "seller-agents", "east");
        person("platform-judge", "arbitrators", null);
        person("platform-chief", "arbitration-supervisors", null);
    }

    void person(String id, String group, String company) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(ApiFixture.password(id));
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
        if (company != null) {
            directory.addMember(company, id);
        }
    }

    String open(String store, String reason) {
        String id = api.post(STOREFRONT, "/api/disputes", openRequest("O-TEN-" + System.nanoTime(), store, reason,
                "30.00", NOW)).getBody().get("id").asText();
        disputes.runJobs(id);
        return id;
    }

    List<String> taskNames(String user) {
        JsonNode tasks = api.get(user, "/engine-rest/task?sortBy=dueDate&sortOrder=asc").getBody();
        return StreamSupport.stream(tasks.spliterator(), false).map(task -> task.get("name").asText()).toList();
    }

    @Test
    void agentsSeeTheTasksOfAllTheirCompanysStores_andNoneOfAnotherCompany() {
        String west1 = open(WEST_1, "DEFECTIVE");
        String west2 = open(WEST_2, "NOT_AS_DESCRIBED");
        String east = open(EAST_1, "WRONG_ITEM");

        assertThat(taskNames("west-agent"))
                .contains("Respond to dispute " + west1 + " · 30.00 USD · defective",
                        "Respond to dispute " + west2 + " · 30.00 USD · not as described")
                .noneMatch(name -> name.contains(east));
        assertThat(taskNames("east-agent")).contains("Respond to dispute " + east + " · 30.00 USD · wrong item")
                .noneMatch(name -> name.contains(west1) || name.contains(west2));
        JsonNode task = api.get("west-agent", "/engine-rest/task?processInstanceBusinessKey=" + west1).getBody().get(0);
        assertThat(task.get("description").asText()).contains("5 days");
        assertThat(task.get("due").asText()).startsWith("2026-11-28T10:00:00");
        assertThat(task.get("followUp").asText()).startsWith("2026-11-27T10:00:00");
    }

    @Test
    void everyProcessInstanceOfADisputeCarriesItsStoresTenant() {
        String id = open(EAST_1, "NOT_AS_DESCRIBED");
        Task respond = disputes.task(id, Tasks.RESPOND_TO_DISPUTE);
        tasks.complete(respond.getId(), Map.of("sellerDecision", "REJECT", "sellerMessage", "No"));
        api.post(STOREFRONT, "/api/disputes/" + id + "/escalation", null);

        List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).list();
        assertThat(instances).extracting(ProcessInstance::getProcessDefinitionId)
                .anyMatch(definition -> definition.startsWith("PlatformArbitration"));
        assertThat(instances).extracting(ProcessInstance::getTenantId).containsOnly(EAST_1);
        assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("DisputeClassification")
                .processInstanceId(instances.get(0).getRootProcessInstanceId()).list())
                .isNotEmpty().allSatisfy(decision -> assertThat(decision.getTenantId()).isEqualTo(EAST_1));
    }

    @Test
    void arbitratorsSeeArbitrationTasksOfEveryStore_notTheSellersTasks() {
        String west = open(WEST_2, "DEFECTIVE");
        String east = open(EAST_1, "DEFECTIVE");
        for (String id : List.of(west, east)) {
            tasks.complete(disputes.task(id, Tasks.RESPOND_TO_DISPUTE).getId(),
                    Map.of("sellerDecision", "REJECT", "sellerMessage", "No"));
            api.post(STOREFRONT, "/api/disputes/" + id + "/escalation", null);
            disputes.runJobs(id);
        }

        List<String> names = taskNames("platform-judge");

        assertThat(names).contains("Take up arbitration case " + west + " · 30.00 USD · defective",
                "Take up arbitration case " + east + " · 30.00 USD · defective");
        assertThat(names).noneMatch(name -> name.startsWith("Respond to dispute"));
    }

    @Test
    void aCompanyRunsAtMostSixStores() {
        for (int store = 1; store <= 6; store++) {
            directory.register("sextet", "Sextet Ltd", "store-sextet-" + store, "Sextet " + store);
        }

        assertThatThrownBy(() -> directory.register("sextet", "Sextet Ltd", "store-sextet-7", "Sextet 7"))
                .isInstanceOf(StoreLimitExceededException.class).hasMessageContaining("6 stores");
        assertThat(identity.createTenantQuery().tenantId("store-sextet-7").count()).isZero();
        assertThat(identity.createTenantQuery().groupMember(io.disputeflow.identity.StoreTenants.companyGroup("sextet"))
                .count()).isEqualTo(6);
    }

    @Test
    void sharedFilters_eachRoleSeesItsOwn_andMyStoresListsTheCompanysWork() {
        person("west-chief", "store-supervisors", "west");
        String west = open(WEST_1, "LOST");
        open(EAST_1, "LOST");

        assertThat(filterNames("west-agent")).contains(TasklistFilters.MY_STORES, TasklistFilters.OVERDUE,
                        TasklistFilters.WAITING_ON_THE_BUYER, TasklistFilters.RETURNS_AWAITING_RECEIPT,
                        "Store · West One", "Store · West Two")
                .doesNotContain("Store · East One", TasklistFilters.ARBITRATION_QUEUE,
                        TasklistFilters.EVERY_OPEN_TASK_OF_MY_STORES, TasklistFilters.OVERDUE_IN_EVERY_STORE);
        assertThat(filterNames("west-chief")).contains(TasklistFilters.EVERY_OPEN_TASK_OF_MY_STORES,
                        TasklistFilters.OVERDUE_IN_MY_STORES, "Store · West One", "Store · West Two")
                .doesNotContain(TasklistFilters.MY_STORES, "Store · East One", TasklistFilters.ARBITRATION_QUEUE);
        assertThat(filterNames("platform-judge")).contains(TasklistFilters.ARBITRATION_QUEUE,
                        TasklistFilters.MY_ARBITRATION_CASES)
                .doesNotContain(TasklistFilters.MY_STORES, "Store · West One", TasklistFilters.OVERDUE_IN_EVERY_STORE);
        assertThat(filterNames("platform-chief")).contains(TasklistFilters.OVERDUE_IN_EVERY_STORE,
                        TasklistFilters.ARBITRATION_QUEUE, TasklistFilters.SUPERVISION_QUEUE)
                .doesNotContain(TasklistFilters.MY_STORES, "Store · West One");

        String myStores = filters.createFilterQuery().filterName(TasklistFilters.MY_STORES).singleResult().getId();
        JsonNode listed = api.get("west-agent", "/engine-rest/filter/" + myStores + "/list").getBody();
        List<String> tenants = StreamSupport.stream(listed.spliterator(), false)
                .map(task -> task.get("tenantId").asText()).distinct().toList();
        assertThat(tenants).isSubsetOf(WEST_1, WEST_2);
        assertThat(StreamSupport.stream(listed.spliterator(), false).map(task -> task.get("name").asText()))
                .anyMatch(name -> name.contains(west));
        String everyOpenTask = filters.createFilterQuery().filterName(TasklistFilters.EVERY_OPEN_TASK_OF_MY_STORES)
                .singleResult().getId();
        JsonNode supervised = api.get("west-chief", "/engine-rest/filter/" + everyOpenTask + "/list").getBody();
        assertThat(StreamSupport.stream(supervised.spliterator(), false).map(task -> task.get("tenantId").asText())
                .distinct().toList()).isSubsetOf(WEST_1, WEST_2);
        assertThat(StreamSupport.stream(supervised.spliterator(), false).map(task -> task.get("name").asText()))
                .anyMatch(name -> name.contains(west));
    }

    @Test
    void arbitrationSupervisorsMayRetryJobs_agentsMayNot() {
        String id = open(WEST_1, "LOST");
        Job timer = management.createJobQuery().processInstanceId(disputes.task(id, Tasks.RESPOND_TO_DISPUTE)
                .getProcessInstanceId()).timers().list().get(0);
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<Map<String, Integer>> retries = new HttpEntity<>(Map.of("retries", 3), json);

        assertThat(api.as("platform-chief").exchange("/engine-rest/job/" + timer.getId() + "/retries", HttpMethod.PUT,
                retries, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.as("west-agent").exchange("/engine-rest/job/" + timer.getId() + "/retries", HttpMethod.PUT,
                retries, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void processOwnersMayDeploy_agentsMayNot() {
        person("process-owner", "process-owners", null);
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="https://disputeflow.io/test">
                  <process id="OwnersDraft" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="Start" />
                  </process>
                </definitions>""";

        assertThat(deploy("process-owner", bpmn).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(deploy("west-agent", bpmn).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    org.springframework.http.ResponseEntity<String> deploy(String user, String bpmn) {
        org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
        parts.add("deployment-name", "owners-draft");
        parts.add("data", new org.springframework.core.io.ByteArrayResource(bpmn.getBytes()) {
            @Override
            public String getFilename() {
                return "OwnersDraft.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return api.as(user).exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(parts, headers),
                String.class);
    }

    List<String> filterNames(String user) {
        JsonNode list = api.get(user, "/engine-rest/filter").getBody();
        return StreamSupport.stream(list.spliterator(), false).map(filter -> filter.get("name").asText()).toList();
    }
}
