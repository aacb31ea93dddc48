package io.disputeflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code DisputeClassification} decision: one row per reason code of the "Classification" table in RULES.md,
 * and the R8, R17 and R18 outcomes derived from it.
 */
class DisputeClassificationDecisionTest {

    private static final String RESOURCE = "processes/DisputeClassification.dmn";

    /** The reason codes of the RULES.md "Classification" table. A row added to or removed from the DMN must be added or removed here. */
    private static final Set<String> REASON_CODES = Set.of(
            "NO_TRACKING_UPDATE", "CUSTOMS_HELD", "RETURNED_AT_DESTINATION", "RETURNED_BEFORE_EXPORT", "LOST",
            "SHOWS_DELIVERED", "DEFECTIVE", "WRONG_ITEM", "NOT_AS_DESCRIBED", "USAGE_PROBLEM", "CHANGED_MIND",
            "PRICE_DROP");

    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws IOException {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = resource()) {
            decision = dmnEngine.parseDecision(ProcessModel.Definitions.DISPUTE_CLASSIFICATION, dmn);
        }
    }

    private static InputStream resource() {
        InputStream dmn = DisputeClassificationDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
        assertThat(dmn).as("classpath resource %s", RESOURCE).isNotNull();
        return dmn;
    }

    private static DmnDecisionTableResult classify(String reason) {
        return dmnEngine.evaluateDecisionTable(decision,
                Variables.createVariables().putValue(ProcessModel.Variables.REASON, reason));
    }

    private static Map<String, Object> classification(String reason) {
        DmnDecisionTableResult result = classify(reason);
        assertThat(result).as("rows matching reason %s", reason).hasSize(1);
        return result.getSingleResult().getEntryMap();
    }

    @ParameterizedTest(name = "{0} -> {1}, freight {3}, R8 {4}, counts if negotiated {5}")
    @CsvSource(delimiterString = "|", textBlock = """
            # reason                | category  | evidence to collect                                                  | freight    | R8    | R18 | required evidence
            NO_TRACKING_UPDATE      | logistics | tracking history                                                     | NEGOTIATED | true  | true | ''
            CUSTOMS_HELD            | logistics | carrier notice                                                       | NEGOTIATED | true  | true | CARRIER_NOTICE
            RETURNED_AT_DESTINATION | logistics | tracking history, carrier return notice                              | NEGOTIATED | true  | true | CARRIER_NOTICE
            RETURNED_BEFORE_EXPORT  | logistics | tracking history, carrier return notice                              | NEGOTIATED | true  | true | CARRIER_NOTICE
            LOST                    | logistics | tracking history, carrier loss confirmation                          | NEGOTIATED | true  | true | CARRIER_NOTICE
            SHOWS_DELIVERED         | logistics | shipping weight/fee deduction record, delivery signature proof       | NEGOTIATED | true  | true | WEIGHT_DEDUCTION_SCREENSHOT,DELIVERY_SIGNATURE_PROOF
            DEFECTIVE               | product   | photos or video of the item                                          | SELLER     | false | true | PHOTO
            WRONG_ITEM              | product   | photos or video of the item                                          | SELLER     | false | true | PHOTO
            NOT_AS_DESCRIBED        | product   | photos or video of the item                                          | SELLER     | false | true | PHOTO
            USAGE_PROBLEM           | product   | photos or video of the item in use, usage guidance sent to the buyer | NEGOTIATED | false | false | ''
            CHANGED_MIND            | product   | reason stated by the buyer                                           | BUYER      | false | false | ''
            PRICE_DROP              | product   | order price, current listing price                                   | NEGOTIATED | false | true | ''
            """)
    void eachReasonCode_isClassifiedByItsRow(String reason, String category, String evidenceToCollect,
            String returnFreightPayer, boolean escalateWhenProtectionEnds, boolean countsTowardRateIfNegotiated,
            String requiredEvidence) {
        assertThat(classification(reason)).containsExactlyInAnyOrderEntriesOf(Map.of(
                ProcessModel.Variables.CATEGORY, category,
                ProcessModel.ClassificationOutputs.EVIDENCE_TO_COLLECT, evidenceToCollect,
                ProcessModel.ClassificationOutputs.REQUIRED_EVIDENCE, requiredEvidence,
                ProcessModel.Variables.RETURN_FREIGHT_PAYER, returnFreightPayer,
                ProcessModel.Variables.ESCALATE_WHEN_PROTECTION_ENDS, escalateWhenProtectionEnds,
                ProcessModel.ClassificationOutputs.COUNTS_TOWARD_RATE_IF_NEGOTIATED, countsTowardRateIfNegotiated));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEFECTIVE", "WRONG_ITEM", "NOT_AS_DESCRIBED"})
    void R17_qualityProblems_sellerPaysReturnFreight(String reason) {
        assertThat(classification(reason)).containsEntry(ProcessModel.Variables.RETURN_FREIGHT_PAYER, "SELLER");
    }

    @Test
    void R17_changedMind_buyerPaysReturnFreight() {
        assertThat(classification("CHANGED_MIND")).containsEntry(ProcessModel.Variables.RETURN_FREIGHT_PAYER, "BUYER");
    }

    @Test
    void R17_otherReasons_returnFreightAsNegotiated() {
        Set<String> sellerOrBuyer = Set.of("DEFECTIVE", "WRONG_ITEM", "NOT_AS_DESCRIBED", "CHANGED_MIND");
        REASON_CODES.stream().filter(reason -> !sellerOrBuyer.contains(reason)).forEach(reason ->
                assertThat(classification(reason)).as(reason)
                        .containsEntry(ProcessModel.Variables.RETURN_FREIGHT_PAYER, "NEGOTIATED"));
    }

    @Test
    void R8_notReceivedReasons_escalateWhenProtectionEnds() {
        Set<String> notReceived = Set.of("NO_TRACKING_UPDATE", "CUSTOMS_HELD", "RETURNED_AT_DESTINATION",
                "RETURNED_BEFORE_EXPORT", "LOST", "SHOWS_DELIVERED");
        for (String reason : REASON_CODES) {
            assertThat(classification(reason)).as(reason)
                    .containsEntry(ProcessModel.Variables.ESCALATE_WHEN_PROTECTION_ENDS, notReceived.contains(reason));
        }
    }

    @Test
    void R18_changedMindNegotiated_doesNotCountTowardRate() {
        assertThat(classification("CHANGED_MIND"))
                .containsEntry(ProcessModel.ClassificationOutputs.COUNTS_TOWARD_RATE_IF_NEGOTIATED, false);
    }

    @Test
    void R18_onlyBuyersOwnCauses_doNotCountTowardRate() {
        Set<String> buyersOwnCause = Set.of("CHANGED_MIND", "USAGE_PROBLEM");
        for (String reason : REASON_CODES) {
            assertThat(classification(reason)).as(reason)
                    .containsEntry(ProcessModel.ClassificationOutputs.COUNTS_TOWARD_RATE_IF_NEGOTIATED, !buyersOwnCause.contains(reason));
        }
    }

    @Test
    void theApiAcceptsExactlyTheReasonCodesOfTheRules() {
        assertThat(java.util.Arrays.stream(io.disputeflow.dispute.ReasonCode.values()).map(Enum::name))
                .as("ReasonCode (what POST /api/disputes accepts) and the decision's rows must name the same codes")
                .containsExactlyInAnyOrderElementsOf(REASON_CODES);
    }

    @Test
    void unknownReasonCode_matchesNoRow() {
        assertThat(classify("SOMETHING_ELSE")).isEmpty();
        assertThat(classify("lost")).as("reason codes are case-sensitive").isEmpty();
    }

    @Test
    void everyReasonCodeOfTheRules_hasExactlyOneRow() throws IOException {
        DmnModelInstance model;
        try (InputStream dmn = resource()) {
            model = Dmn.readModelFromStream(dmn);
        }
        DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);

        List<String> rowReasons = model.getModelElementsByType(Rule.class).stream()
                .map(rule -> rule.getInputEntries().iterator().next().getText().getTextContent().trim())
                .map(entry -> entry.replace("\"", ""))
                .collect(Collectors.toList());
        assertThat(rowReasons).as("one row per reason code, no duplicates, no extras")
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(REASON_CODES);

        model.getModelElementsByType(Rule.class).forEach(rule ->
                assertThat(rule.getDescription()).as("annotation of row %s", rule.getId()).isNotNull());
        REASON_CODES.forEach(reason -> assertThat(classify(reason)).as(reason).hasSize(1));
    }
}
