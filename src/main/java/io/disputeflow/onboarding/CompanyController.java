package io.disputeflow.onboarding;

import io.disputeflow.api.ApiAccess;
import io.disputeflow.api.ApiExamples;
import io.disputeflow.api.IdempotentRequests;
import io.disputeflow.identity.CompanyAccounts.Account;
import io.disputeflow.onboarding.OnboardingRequests.AddPerson;
import io.disputeflow.onboarding.OnboardingRequests.CreateCompany;
import io.disputeflow.onboarding.OnboardingRequests.OpenStore;
import io.disputeflow.onboarding.OnboardingViews.CompanyView;
import io.disputeflow.onboarding.OnboardingViews.PersonView;
import io.disputeflow.onboarding.OnboardingViews.StoreView;
import io.disputeflow.store.Store;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Onboarding for platform administrators: companies, their stores and their people. */
@RestController
@RequestMapping("/api/companies")
@Tag(name = "Onboarding", description = "Companies, their stores (at most six open each) and their agents and "
        + "supervisors; for platform administrators (group platform-admins)")
public class CompanyController {

    private final StoreDirectory directory;
    private final OnboardingReads reads;
    private final ApiAccess access;
    private final IdempotentRequests idempotent;

    public CompanyController(StoreDirectory directory, OnboardingReads reads, ApiAccess access,
                             IdempotentRequests idempotent) {
        this.directory = directory;
        this.reads = reads;
        this.access = access;
        this.idempotent = idempotent;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a company",
            description = "The company's people see the disputes of all its stores and no others. The id is made from "
                    + "the name when left out. Repeating the request answers 200 with the company; an id taken by "
                    + "another company is refused. Send an Idempotency-Key to make retries safe.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "company", value = ApiExamples.CREATE_COMPANY))))
    @ApiResponse(responseCode = "201", description = "Created; Location names the company", content = @Content(
            schema = @Schema(implementation = CompanyView.class), examples = @ExampleObject(value = ApiExamples.COMPANY)))
    @ApiResponse(responseCode = "200", description = "The company existed with this name already")
    @ApiResponse(responseCode = "400", description = "Invalid fields", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(value = ApiExamples.VALIDATION)))
    @ApiResponse(responseCode = "409", description = "The id belongs to another company", content = @Content(
            mediaType = "application/problem+json"))
    public ResponseEntity<Object> create(@Valid @RequestBody CreateCompany request,
                                         @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.run(access.requirePlatformAdministration(), key, List.of("POST /api/companies", request),
                () -> {
                    Onboarded<String> company = directory.createCompany(
                            OnboardingIds.companyId(request.id(), request.name()), request.name());
                    return answer(company.created(), "/api/companies/" + company.value(),
                            reads.company(company.value()));
                });
    }

    @GetMapping(path = "/{companyId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A company with its stores and people")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = ApiExamples.COMPANY)))
    public CompanyView company(@PathVariable("companyId") String companyId) {
        access.requirePlatformAdministration();
        return reads.company(companyId);
    }

    @PostMapping(path = "/{companyId}/stores", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a store for the company",
            description = "Creates the store, its Camunda tenant (the company's people and the platform's arbitrators "
                    + "see its disputes) and its Tasklist filter. A company runs at most six open stores: the seventh "
                    + "is refused with rule store-limit. The id is made from the name when left out "
                    + "(store-aurora-gadgets). Repeating the request answers 200 with the store.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "store", value = ApiExamples.OPEN_STORE))))
    @ApiResponse(responseCode = "201", description = "Opened; Location names the store", content = @Content(
            schema = @Schema(implementation = StoreView.class), examples = @ExampleObject(value = ApiExamples.STORE)))
    @ApiResponse(responseCode = "200", description = "The company runs this store already")
    @ApiResponse(responseCode = "404", description = "No such company", content = @Content(
            mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "The id belongs to another store, or to this store and it is "
            + "closed", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(value = ApiExamples.ID_TAKEN)))
    @ApiResponse(responseCode = "422", description = "The company runs six open stores already (rule store-limit)",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(value = ApiExamples.STORE_LIMIT)))
    public ResponseEntity<Object> openStore(@PathVariable("companyId") String companyId,
                                            @Valid @RequestBody OpenStore request,
                                            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        return idempotent.run(access.requirePlatformAdministration(), key,
                List.of("POST /api/companies/" + companyId + "/stores", request), () -> {
                    Onboarded<Store> store = directory.openStore(companyId,
                            OnboardingIds.storeId(request.id(), request.name()), request.name());
                    return answer(store.created(), "/api/stores/" + store.value().id(),
                            reads.store(store.value().id()));
                });
    }

    @PostMapping(path = "/{companyId}/people", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Give an agent or a supervisor of the company an account",
            description = "AGENT answers the disputes of the company's stores in Tasklist; SUPERVISOR also reassigns "
                    + "their tasks and watches them in Cockpit. The password is the initial one: hand it over "
                    + "safely, the person changes it on their profile page. Repeating the request for one of the "
                    + "company's people answers 200 and changes nothing; a user id taken by anybody else is refused.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "agent", value = ApiExamples.ADD_PERSON))))
    @ApiResponse(responseCode = "201", description = "Account created; Location names the person", content = @Content(
            schema = @Schema(implementation = PersonView.class), examples = @ExampleObject(value = ApiExamples.PERSON)))
    @ApiResponse(responseCode = "200", description = "The person is one of the company's people already")
    @ApiResponse(responseCode = "404", description = "No such company", content = @Content(
            mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "The user id is taken by another account", content = @Content(
            mediaType = "application/problem+json"))
    public ResponseEntity<Object> addPerson(@PathVariable("companyId") String companyId,
                                            @Valid @RequestBody AddPerson request,
                                            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        // the password stays out of the stored fingerprint of the request
        return idempotent.run(access.requirePlatformAdministration(), key,
                List.of("POST /api/companies/" + companyId + "/people", request.withoutPassword()), () -> {
                    Onboarded<Account> person = directory.addPerson(companyId, request.person(), request.password());
                    return answer(person.created(), "/api/companies/" + companyId + "/people/" + request.userId(),
                            OnboardingReads.person(companyId, person.value()));
                });
    }

    @GetMapping(path = "/{companyId}/people/{userId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One of the company's people")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = ApiExamples.PERSON)))
    public PersonView person(@PathVariable("companyId") String companyId, @PathVariable("userId") String userId) {
        access.requirePlatformAdministration();
        return reads.person(companyId, userId);
    }

    static ResponseEntity<Object> answer(boolean created, String location, Object body) {
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).location(URI.create(location))
                .body(body);
    }
}
