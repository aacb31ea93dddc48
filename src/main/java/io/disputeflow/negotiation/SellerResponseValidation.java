package io.disputeflow.negotiation;

import io.disputeflow.problem.FieldRefusal;
import io.disputeflow.buyercare.BuyerMessages;
import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.SellerAnswer;
import io.disputeflow.buyercare.BuyerCareReplies;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.process.TaskActors;
import io.disputeflow.process.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of "Respond to dispute": refuses an incomplete or impossible answer (the task stays open),
 * writes a valid one to the dispute record and its timeline, and sends the seller's message to the buyer. An optional
 * extension of the buyer's protection ({@link ProtectionExtension}) is applied first, so that a buyer-care reply sent
 * with the answer quotes the new end. A report of an abusive buyer ({@link BuyerAbuseReports}) goes with the answer. The
 * process keeps only the decision its gateway needs; type, amount and message live on the record.
 */
@Component("sellerResponseValidation")
public class SellerResponseValidation implements TaskListener {

    private final DisputeRecords records;
    private final DisputeCase disputeCase;
    private final BuyerMessages buyerMessages;
    private final ProtectionExtension protectionExtension;
    private final BuyerCareReplies replies;
    private final BuyerAbuseReports abuseReports;

    public SellerResponseValidation(DisputeRecords records, DisputeCase disputeCase, BuyerMessages buyerMessages,
                                    ProtectionExtension protectionExtension, BuyerCareReplies replies,
                                    BuyerAbuseReports abuseReports) {
        this.abuseReports = abuseReports;
        this.records = records;
        this.disputeCase = disputeCase;
        this.buyerMessages = buyerMessages;
        this.protectionExtension = protectionExtension;
        this.replies = replies;
    }

    @Override
    public void notify(DelegateTask task) {
        DisputeRecord dispute = records.get(task.getExecution().getProcessBusinessKey());
        String template = (String) task.getVariable(Variables.REPLY_TEMPLATE);
        String agent = TaskActors.of(task, "seller");
        String templateText;
        SellerAnswer answer;
        try {
            Integer extensionDays = ProtectionExtension.days(task.getVariable(Variables.PROTECTION_EXTENSION_DAYS));
            if ("L1".equals(template) && extensionDays == null && records.protectionExtendedDays(dispute.id()) == 0) {
                throw new FieldRefusal(Variables.PROTECTION_EXTENSION_DAYS, "required", " is needed with the L1 reply,"
                        + " which tells the buyer that the protection is extended: extend it by 1 to 30 days or choose"
                        + " another reply");
            }
            if (extensionDays != null) {
                // first, so that the buyer-care replies (L1: "extended until") quote the new end
                protectionExtension.extend(task.getExecution(), agent, extensionDays);
            }
            if (BuyerAbuseReports.requested(task.getVariable(Variables.REPORT_ABUSE))) {
                abuseReports.report(task.getExecution(), agent, task.getVariable(Variables.ABUSE_REPORT_REASON));
            }
            templateText = template == null || template.isBlank() ? null : replies.reply(dispute.id(), template);
            Object message = task.getVariable(Variables.SELLER_MESSAGE);
            if (templateText != null && (message == null || message.toString().isBlank())) {
                message = templateText;
            }
            answer = SellerResponseRules.validate(task.getVariable(Variables.SELLER_DECISION),
                    task.getVariable(Variables.COUNTER_OFFER_TYPE), task.getVariable(Variables.COUNTER_OFFER_AMOUNT),
                    message, dispute.paidAmount(), dispute.currency());
        } catch (IllegalArgumentException e) {
            throw TaskInputRejected.because(task, e);
        }
        disputeCase.recordSellerAnswer(dispute, agent, answer);
        if (!answer.message().isEmpty()) {
            boolean fromTemplate = answer.message().equals(templateText);
            buyerMessages.send(dispute.id(), agent, fromTemplate ? template : null, answer.message());
        }
        for (String onRecordOnly : new String[] {Variables.COUNTER_OFFER_TYPE, Variables.COUNTER_OFFER_AMOUNT,
                Variables.SELLER_MESSAGE, Variables.REPLY_TEMPLATE, Variables.PROTECTION_EXTENSION_DAYS,
                Variables.REPORT_ABUSE, Variables.ABUSE_REPORT_REASON}) {
            task.getExecution().removeVariable(onRecordOnly);
        }
    }
}
