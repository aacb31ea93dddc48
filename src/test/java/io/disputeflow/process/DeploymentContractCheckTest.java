package io.disputeflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The deploy-time guard's check without an engine: the files of {@code processes/} and {@code forms/} as Camunda
 * Modeler deploys them together, edited the way a process owner could break them. The REST answer and the refusal
 * itself are tested on PostgreSQL in {@code DeploymentGuardPostgresTest}.
 */
class DeploymentContractCheckTest {

    static final String RESOLUTION = "DisputeResolution.bpmn";
    static final String ARBITRATION = "PlatformArbitration.bpmn";

    final ModelContract contract = ModelContract.of(files(Path.of("processes")));
    final DeploymentContractCheck check = new DeploymentContractCheck(contract, name -> false);

    @Test
    void theShippedModelsKeepTheContract() {
        assertThat(check.check(everyFile())).isEmpty();
    }

    @Test
    void theContractComesFromProcessModelAndTheShippedModels() {
        assertThat(contract.keys()).containsExactlyInAnyOrder("DisputeResolution", "PlatformArbitration",
                "ReturnShipment", "DisputeClassification");
        assertThat(contract.process("DisputeResolution").userTasks()).containsKeys("Task_RespondToDispute",
                "Task_ResolveDeclinedRefund").doesNotContainKey("Task_RuleOnDispute");
        assertThat(contract.process("DisputeResolution").timersWithLiteralDuration())
                .containsKeys("Timer_SellerResponseDue", "Timer_NegotiationWindowEnds")
                .doesNotContainKey("StartEvent_ProtectionPeriodEnded");
        assertThat(contract.process("PlatformArbitration").timers()).containsKey("Timer_ArbitrationIntakeDue");
        assertThat(contract.process("DisputeResolution").calls()).containsKeys("PlatformArbitration",
                "ReturnShipment", "DisputeClassification");
        assertThat(contract.decisionOutputs("DisputeClassification")).containsKey("category");
    }

    @Test
    void aRenamedUserTaskIsNamedWithWhatTheApplicationDoesWithIt() {
        List<ContractBreach> breaches = check.check(edited(RESOLUTION,
                xml -> xml.replace("Task_RespondToDispute", "Task_AnswerDispute")));

        assertThat(breaches).extracting(ContractBreach::message).containsExactly(
                "DisputeResolution: the user task 'Respond to dispute' (Task_RespondToDispute) is missing; the "
                        + "application opens it for the seller's answer (R2). Renamed it? Keep the id.");
        assertThat(breaches.get(0)).extracting(ContractBreach::resource, ContractBreach::process,
                ContractBreach::element).containsExactly(RESOLUTION, "DisputeResolution", "Task_RespondToDispute");
    }

    @Test
    void R9_aRenamedSettleAndPayStep_isRefused_sinceCancellationsAreRefusedWhileItRuns() {
        assertThat(messages(edited(RESOLUTION, xml -> xml.replace("EndEvent_SellerAccepted", "EndEvent_Accepted"))))
                .containsExactly("DisputeResolution: the step 'Seller accepted buyer's proposal' "
                        + "(EndEvent_SellerAccepted) is missing; a buyer's cancellation is refused while it is due or "
                        + "retried, as it settles and pays the refund (R9, R19). Renamed it? Keep the id.");
        assertThat(messages(edited(RESOLUTION, xml -> xml.replace("Task_SettleAgreement", "Task_Settle"))))
                .containsExactly("DisputeResolution: the step 'Settle agreement' (Task_SettleAgreement) is missing; "
                        + "the application settles the agreement and fixes the refund's key in it (R5, R19). Renamed "
                        + "it? Keep the id.");
    }

    @Test
    void R19_aSettleAndPayStepMadeSynchronous_isRefused_sinceTheAgentsRequestWouldPayTheRefund() {
        String accepted = "<bpmn:endEvent id=\"EndEvent_SellerAccepted\" name=\"Seller accepted buyer's proposal\"";
        assertThat(messages(edited(RESOLUTION, xml -> xml.replace(accepted + " camunda:asyncBefore=\"true\">",
                accepted + ">"))))
                .containsExactly("DisputeResolution: the step 'Seller accepted buyer's proposal' "
                        + "(EndEvent_SellerAccepted) is no longer asynchronous; a buyer's cancellation is refused while "
                        + "it is due or retried, as it settles and pays the refund (R9, R19). Its payment must not run "
                        + "inside the request of the person whose answer leads to it: tick 'Asynchronous before' "
                        + "again.");
    }

    @Test
    void aUserTaskWithoutDueDate() {
        assertThat(messages(edited(ARBITRATION, xml -> xml.replace(" camunda:dueDate=\"P3D\"", "")))).containsExactly(
                "PlatformArbitration: the user task 'Rule on dispute' (Task_RuleOnDispute) has no due date; every "
                        + "task shows the people who work on it its deadline. Set 'Due date' in the task's properties, "
                        + "e.g. P2D.");
    }

    @Test
    void aDurationThatIsNoIsoDuration_inADeadlineExpression_inATimer_andInADueDate() {
        List<String> messages = messages(edited(RESOLUTION, xml -> xml
                .replace("<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${deadlines.after(requestedAt, 'P5D')}",
                        "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${deadlines.after(requestedAt, 'P5X')}")
                .replace("R/P2D", "R/P2Days")
                .replace("camunda:dueDate=\"P2D\"", "camunda:dueDate=\"P2 days\"")));

        assertThat(messages).containsExactlyInAnyOrder(
                "DisputeResolution: the timer '5 days without answer' (Timer_SellerResponseDue) has the duration "
                        + "'P5X', which is not an ISO-8601 period: write it like P5D (5 days), P2W (2 weeks) or P1M "
                        + "(1 month).",
                "DisputeResolution: the timer 'Every 2 days' (StartEvent_BuyerCareUpdateDue) has the duration "
                        + "'R/P2Days', which is not an ISO-8601 duration: write it like P5D (5 days), PT12H (12 hours) "
                        + "or R/P2D (every 2 days).",
                "DisputeResolution: the user task 'Review abuse report' (Task_ReviewAbuseReport) has the due date "
                        + "'P2 days', which is not an ISO-8601 duration: write it like P5D (5 days), PT12H (12 hours) "
                        + "or R/P2D (every 2 days).");
    }

    @Test
    void aRuleTimerKeepsItsDurationWrittenOut_aTimerOnAFactJustExists() {
        assertThat(messages(edited(RESOLUTION, xml -> xml.replace("${deadlines.after(filedAt, 'P15D')}",
                "${negotiationEndsAt}")))).contains(
                "DisputeResolution: the timer '15 days since filing without agreement' (Timer_NegotiationWindowEnds) "
                        + "no longer has its duration written out (now '${negotiationEndsAt}'); the rule's deadline "
                        + "is read from the model. Write the period into the timer as shipped: "
                        + "${deadlines.after(filedAt, 'P15D')}.");

        assertThat(messages(edited(ARBITRATION, xml -> xml.replace("Timer_ArbitrationIntakeDue", "Timer_Intake"))))
                .containsExactly("PlatformArbitration: the timer '2 working days without intake' "
                        + "(Timer_ArbitrationIntakeDue) is missing; it is the deadline \"The platform takes up the "
                        + "case\" (R10) that the application shows the parties. Renamed it? Keep the "
                        + "id.");
    }

    @Test
    void anUnknownVariable_isNamedWithItsElementAndTheVariableMeant() {
        List<String> messages = messages(edited(RESOLUTION, xml -> xml.replace(
                "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${deadlines.after(requestedAt, 'P5D')}",
                "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${deadlines.after(requestedAtt, 'P5D')}")));

        assertThat(messages).containsExactly("DisputeResolution: '5 days without answer' (Timer_SellerResponseDue) "
                + "uses 'requestedAtt' in ${deadlines.after(requestedAtt, 'P5D')}, which is not a variable of the "
                + "dispute (did you mean 'requestedAt'?); the step fails when a dispute reaches it. Use the variable's "
                + "exact name.");
    }

    @Test
    void unknownVariables_inMappingsConditionsAndForms() {
        Map<String, byte[]> files = edited(RESOLUTION, xml -> xml
                .replaceFirst("<camunda:in source=\"storeId\" target=\"storeId\" />",
                        "<camunda:in source=\"shopId\" target=\"storeId\" />")
                .replace("${declinedRefundAction == 'CLOSE'}", "${refundAction == 'CLOSE'}"));
        files.put("respond-to-dispute.form", new String(files.get("respond-to-dispute.form"), StandardCharsets.UTF_8)
                .replace("\"key\": \"sellerMessage\"", "\"key\": \"sellerMesage\"").getBytes(StandardCharsets.UTF_8));

        assertThat(messages(files)).hasSize(3).anySatisfy(message -> assertThat(message).startsWith(
                "DisputeResolution: 'Return the goods' (CallActivity_ReturnShipment) uses 'shopId',"))
                .anySatisfy(message -> assertThat(message).startsWith("DisputeResolution: 'close without refund' "
                        + "(Flow_GiveUpRefund) uses 'refundAction' in ${refundAction == 'CLOSE'}"))
                .anySatisfy(message -> assertThat(message).startsWith("DisputeResolution: the form "
                        + "Form_RespondToDispute of 'Respond to dispute' (Task_RespondToDispute) has the field "
                        + "'sellerMesage', which is not a variable of the dispute (did you mean 'sellerMessage'?)"));
    }

    @Test
    void beansAndLocalInputParametersAreNoVariables() {
        Map<String, byte[]> files = edited(RESOLUTION, xml -> xml.replace("${declinedRefundAction == 'CLOSE'}",
                "${closeAll}"));
        assertThat(new DeploymentContractCheck(contract, "closeAll"::equals).check(files)).isEmpty();
    }

    @Test
    void messagesErrorsAndCallsTheApplicationUsesStayInTheModel() {
        List<String> messages = messages(edited(RESOLUTION, xml -> xml
                .replace("name=\"BuyerCancelled\"", "name=\"BuyerWithdrew\"")
                .replace("errorCode=\"RefundDeclined\"", "errorCode=\"RefundRefused\"")
                .replace("calledElement=\"ReturnShipment\"", "calledElement=\"ReturnParcel\"")));

        assertThat(messages).contains(
                "DisputeResolution: nothing receives the message 'BuyerCancelled' any more (the shipped model "
                        + "receives it in 'Buyer cancels' (StartEvent_BuyerCancels)); the application delivers the "
                        + "buyer's cancellation with it (R9). Keep the message's name.",
                "DisputeResolution: nothing catches the error 'RefundDeclined' any more (the shipped model catches it "
                        + "at 'Refund declined by the payment provider' (Event_RefundDeclined)); the refund step "
                        + "throws it when the payment provider declines a refund. Keep the error code.",
                "DisputeResolution no longer calls ReturnShipment (the shipped model does in 'Return the goods' "
                        + "(CallActivity_ReturnShipment)); disputes rely on it. Call ReturnShipment again.");
    }

    @Test
    void aDecisionKeepsItsOutputsAndReadsOnlyKnownVariables() {
        assertThat(messages(edited("DisputeClassification.dmn", xml -> xml
                .replace("name=\"category\"", "name=\"kind\"")
                .replace("<text>reason</text>", "<text>reasonCode</text>")))).containsExactlyInAnyOrder(
                "DisputeClassification: the output 'category' ('Category') is missing; the dispute process copies it "
                        + "into the dispute's variables. Renamed it? Keep the output's name.",
                "DisputeClassification: the input expression 'reasonCode' uses 'reasonCode', which is not a variable "
                        + "of the dispute; the step fails when a dispute reaches it. Use the variable's exact name.");
    }

    @Test
    void deploymentBinding_findsCalleesDecisionsAndFormsInTheSameDeployment() {
        Map<String, byte[]> bound = everyFile();
        rewrite(bound, RESOLUTION, DeploymentContractCheckTest::deploymentBinding);
        rewrite(bound, ARBITRATION, DeploymentContractCheckTest::deploymentBinding);
        assertThat(check.check(bound)).as("all files together").isEmpty();

        Map<String, byte[]> alone = Map.of(RESOLUTION, bound.get(RESOLUTION));
        assertThat(messages(alone)).contains(
                "DisputeResolution calls PlatformArbitration, which is not part of this deployment ('Arbitrate "
                        + "dispute' (CallActivity_PlatformArbitration) binds to its own deployment): deploy all files "
                        + "of processes/ and forms/ together.",
                "DisputeResolution calls ReturnShipment, which is not part of this deployment ('Return the goods' "
                        + "(CallActivity_ReturnShipment) binds to its own deployment): deploy all files of processes/ "
                        + "and forms/ together.",
                "DisputeResolution evaluates the decision DisputeClassification, which is not part of this deployment "
                        + "('Classify dispute' (Task_ClassifyDispute) binds to its own deployment): deploy all files "
                        + "of processes/ and forms/ together.",
                "DisputeResolution shows the form Form_RespondToDispute, which is not part of this deployment "
                        + "('Respond to dispute' (Task_RespondToDispute) binds to its own deployment): deploy all "
                        + "files of processes/ and forms/ together.");
    }

    @Test
    void latestBinding_needsNothingElseInTheDeployment() {
        Map<String, byte[]> latest = everyFile();
        rewrite(latest, RESOLUTION, DeploymentContractCheckTest::latestBinding);
        assertThat(check.check(Map.of(RESOLUTION, latest.get(RESOLUTION)))).isEmpty();
    }

    @Test
    void aValidChangeOfADeadline_passes() {
        assertThat(check.check(edited(RESOLUTION, xml -> xml.replace("'P5D'", "'P7D'")))).isEmpty();
    }

    @Test
    void otherProcessKeysDeployUnchecked() {
        String other = new String(everyFile().get(RESOLUTION), StandardCharsets.UTF_8)
                .replace("id=\"DisputeResolution\"", "id=\"DraftResolution\"")
                .replace("Task_RespondToDispute", "Task_AnswerDispute").replace("'P5D'", "'P5X'");
        assertThat(check.check(Map.of("Draft.bpmn", other.getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void severalProblems_allListedInTheRefusal_oneALine() {
        List<ContractBreach> breaches = check.check(edited(RESOLUTION, xml -> xml
                .replace("Task_RespondToDispute", "Task_AnswerDispute")
                .replace("${deadlines.after(filedAt, 'P15D')}", "${deadlines.after(filedAt, 'P15X')}")));
        DeploymentRefused refused = new DeploymentRefused(breaches);

        assertThat(breaches).hasSize(2);
        assertThat(refused.getMessage().lines()).containsExactly(
                "The deployment was refused: it breaks what DisputeFlow relies on. Fix these 2 problems in Camunda "
                        + "Modeler and deploy again:",
                "- " + breaches.get(0).message(), "- " + breaches.get(1).message());
        assertThat(refused.getResorceReports()).singleElement().satisfies(report -> {
            assertThat(report.getResourceName()).isEqualTo(RESOLUTION);
            assertThat(report.getErrors()).extracting(org.camunda.bpm.engine.Problem::getMainElementId)
                    .containsExactly("Task_RespondToDispute", "Timer_NegotiationWindowEnds");
        });
    }

    /** The model with every call activity, decision and form bound to its own deployment. */
    static String deploymentBinding(String bpmn) {
        return bpmn
                .replace("formRefBinding=\"latest\"", "formRefBinding=\"deployment\"")
                .replaceAll("calledElement=\"(\\w+)\"( camunda:calledElementBinding=\"\\w+\")?",
                        "calledElement=\"$1\" camunda:calledElementBinding=\"deployment\"")
                .replaceAll("camunda:decisionRef=\"(\\w+)\"( camunda:decisionRefBinding=\"\\w+\")?",
                        "camunda:decisionRef=\"$1\" camunda:decisionRefBinding=\"deployment\"");
    }

    /** The model with every call activity, decision and form bound to the latest version (Camunda's default). */
    static String latestBinding(String bpmn) {
        return bpmn.replace(" camunda:calledElementBinding=\"deployment\"", "")
                .replace(" camunda:decisionRefBinding=\"deployment\"", "")
                .replace("formRefBinding=\"deployment\"", "formRefBinding=\"latest\"");
    }

    static void rewrite(Map<String, byte[]> files, String file, UnaryOperator<String> edit) {
        String changed = edit.apply(new String(files.get(file), StandardCharsets.UTF_8));
        files.put(file, changed.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> messages(Map<String, byte[]> files) {
        return check.check(files).stream().map(ContractBreach::message).toList();
    }

    static Map<String, byte[]> edited(String file, UnaryOperator<String> edit) {
        Map<String, byte[]> files = everyFile();
        String original = new String(files.get(file), StandardCharsets.UTF_8);
        String changed = edit.apply(original);
        assertThat(changed).as("the edit of " + file + " changes it").isNotEqualTo(original);
        files.put(file, changed.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** Every file of processes/ and forms/, as Camunda Modeler deploys them together. */
    static Map<String, byte[]> everyFile() {
        Map<String, byte[]> files = files(Path.of("processes"));
        files.putAll(files(Path.of("forms")));
        return files;
    }

    static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.sorted().toList()) {
                files.put(path.getFileName().toString(), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
