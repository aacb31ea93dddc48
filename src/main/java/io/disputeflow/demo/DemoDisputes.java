package io.disputeflow.demo;

import io.disputeflow.buyer.BuyerActions;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.ReasonCode;
import io.disputeflow.evidence.EvidenceItem.Kind;
import io.disputeflow.evidence.EvidenceItem.Party;
import io.disputeflow.evidence.EvidenceStore;
import io.disputeflow.intake.DisputeIntake;
import io.disputeflow.intake.OpenDispute;
import io.disputeflow.logistics.TrackingEvent;
import io.disputeflow.logistics.TrackingEvents;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Variables;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: about forty disputes opened through the same intake as the API and played, with
 * Camunda's clock set into the past, into every state: waiting for the seller (some due tomorrow, one already
 * overdue), counter-offers and rejections waiting for the buyer, arbitration before and after intake (one intake
 * overdue), returns on their way and awaiting receipt, refunded, closed without refund and cancelled. Timers
 * that fall due at start-up fire then, as they would in production.
 */
@Component
@Profile("demo")
public class DemoDisputes {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDisputes.class);
    private static final Duration DAY = Duration.ofDays(1);
    private static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt", "ru");
    private static final List<ReasonCode> PRODUCT_REASONS = List.of(ReasonCode.NOT_AS_DESCRIBED,
            ReasonCode.DEFECTIVE, ReasonCode.WRONG_ITEM);

    private record Scenario(String description, int count, double ageDays, boolean returnOffered,
                            Consumer<Play> play) {
    }

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("waiting for the seller", 8, 0.5, false, play -> { }),
            new Scenario("seller's answer due tomorrow", 3, 4.1, false, play -> { }),
            new Scenario("seller's answer overdue: refunded automatically at start-up", 1, 5.2, false, play -> { }),
            new Scenario("counter-offer waiting for the buyer", 5, 2.5, false,
                    play -> play.after(1).seller(Map.of(Variables.SELLER_DECISION, "COUNTER_OFFER",
                            Variables.COUNTER_OFFER_TYPE, "PARTIAL_REFUND", Variables.COUNTER_OFFER_AMOUNT, "5.00",
                            Variables.SELLER_MESSAGE, "We can refund 5.00 and you keep the item"))),
            new Scenario("rejected, the buyer may escalate", 3, 3, false, play -> play.after(1).sellerRejects()),
            new Scenario("in arbitration, waiting for intake", 3, 3.5, false,
                    play -> play.after(1).sellerRejects().after(1).buyer(BuyerActions::escalate)),
            new Scenario("in arbitration, intake overdue", 1, 9, false,
                    play -> play.after(1).sellerRejects().after(1).buyer(BuyerActions::escalate)),
            new Scenario("in arbitration, waiting for the ruling", 3, 6, false,
                    play -> play.after(1).sellerRejects().after(1).buyer(BuyerActions::escalate).after(1)
                            .complete(Tasks.TAKE_UP_ARBITRATION_CASE, "arthur",
                                    Map.of(Variables.ASSIGNED_ARBITRATOR, "arthur"))),
            new Scenario("return on its way back", 3, 3, true,
                    play -> play.after(1).seller(Map.of(Variables.SELLER_DECISION, "ACCEPT"))),
            new Scenario("return waiting for the seller's receipt", 3, 8, true,
                    play -> play.after(1).seller(Map.of(Variables.SELLER_DECISION, "ACCEPT")).after(2)
                            .buyer((actions, id) -> actions.shipReturn(id, "Cainiao", "RT" + id.substring(2) + "CN"))),
            new Scenario("refunded after the seller accepted", 2, 12, false,
                    play -> play.after(1).seller(Map.of(Variables.SELLER_DECISION, "ACCEPT"))),
            new Scenario("refunded after a counter-offer", 2, 10, false,
                    play -> play.after(1).seller(Map.of(Variables.SELLER_DECISION, "COUNTER_OFFER",
                                    Variables.COUNTER_OFFER_TYPE, "PARTIAL_REFUND",
                                    Variables.COUNTER_OFFER_AMOUNT, "6.00", Variables.SELLER_MESSAGE, "6.00 back?"))
                            .after(1).buyer(BuyerActions::acceptCounterOffer)),
            new Scenario("closed without refund by the ruling", 2, 13, false,
                    play -> play.after(1).sellerRejects().after(1).buyer(BuyerActions::escalate).after(1)
                            .complete(Tasks.TAKE_UP_ARBITRATION_CASE, "arthur",
                                    Map.of(Variables.ASSIGNED_ARBITRATOR, "arthur"))
                            .after(1).complete(Tasks.RULE_ON_DISPUTE, "arthur", Map.of(Variables.RULING_OUTCOME,
                                    "NO_REFUND", Variables.SELLER_PENALTY, false, Variables.RULING_NOTE,
                                    "The photos show the item as described"))),
            new Scenario("cancelled by the buyer", 2, 6, false,
                    play -> play.after(1).buyer(BuyerActions::cancel)));

    private final DisputeIntake intake;
    private final BuyerActions buyerActions;
    private final TrackingEvents tracking;
    private final EvidenceStore evidence;
    private final ProcessEngine engine;

    public DemoDisputes(DisputeIntake intake, BuyerActions buyerActions, TrackingEvents tracking,
                        EvidenceStore evidence, ProcessEngine engine) {
        this.intake = intake;
        this.buyerActions = buyerActions;
        this.tracking = tracking;
        this.evidence = evidence;
        this.engine = engine;
    }

    public void play() {
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        boolean wasActive = jobExecutor != null && jobExecutor.isActive();
        if (wasActive) {
            jobExecutor.shutdown();
        }
        Instant now = ClockUtil.now().toInstant();
        List<String> opened = new ArrayList<>();
        try {
            int number = 0;
            for (Scenario scenario : SCENARIOS) {
                for (int i = 0; i < scenario.count(); i++) {
                    Instant at = now.minus(Duration.ofMinutes((long) (scenario.ageDays() * 24 * 60) + i * 97L));
                    opened.add(playOne(scenario, number++, at));
                }
                LOG.info("Demo: {} x {}", scenario.count(), scenario.description());
            }
        } finally {
            ClockUtil.reset();
            if (wasActive) {
                jobExecutor.start();
            }
        }
        LOG.info("Demo disputes opened: {} ({} to {})", opened.size(), opened.get(0), opened.get(opened.size() - 1));
    }

    private String playOne(Scenario scenario, int number, Instant openedAt) {
        DemoAccounts.Store store = DemoAccounts.STORES.get(number % DemoAccounts.STORES.size());
        String language = LANGUAGES.get(number % LANGUAGES.size());
        ReasonCode reason = scenario.returnOffered() ? PRODUCT_REASONS.get(number % PRODUCT_REASONS.size())
                : ReasonCode.values()[number % ReasonCode.values().length];
        BigDecimal paid = new BigDecimal(19 + (number * 7) % 80).add(new BigDecimal("0.90"));
        String order = "O-" + (80001 + number);
        String trackingNumber = "LP" + order.substring(2) + "CN";
        ClockUtil.setCurrentTime(Date.from(openedAt));
        tracking.record("Cainiao", trackingNumber, List.of(
                new TrackingEvent(openedAt.minus(9, ChronoUnit.DAYS), "ACCEPTED", "Shenzhen", "Accepted by carrier"),
                new TrackingEvent(openedAt.minus(6, ChronoUnit.DAYS), "IN_TRANSIT", "Madrid sorting centre",
                        "Arrived at sorting centre")));
        DisputeRecord dispute = intake.open(new OpenDispute(order, store.id(), "buyer-" + language + "-" + number,
                language, reason.name(), "Demo dispute: " + reason.label(), paid, "USD", scenario.returnOffered(), paid,
                openedAt.minus(10, ChronoUnit.DAYS), 15, openedAt.plus(40, ChronoUnit.DAYS), "Cainiao",
                trackingNumber));
        if (number % 3 == 0) {
            evidence.upload(dispute.id(), Party.BUYER, Kind.PHOTO, "photo-" + number + ".png", "image/png",
                    ("demo photo of " + dispute.id()).getBytes(StandardCharsets.UTF_8), "What arrived",
                    dispute.buyerId());
        }
        Play play = new Play(dispute.id(), agentOf(store.companyId()), openedAt);
        play.runJobs();
        scenario.play().accept(play);
        return dispute.id();
    }

    private static String agentOf(String companyId) {
        return DemoAccounts.PEOPLE.stream()
                .filter(person -> companyId.equals(person.companyId()))
                .map(DemoAccounts.Person::id).findFirst().orElseThrow();
    }

    /** One dispute being played forward in time. */
    private final class Play {

        private final String disputeId;
        private final String agent;
        private Instant clock;

        Play(String disputeId, String agent, Instant start) {
            this.disputeId = disputeId;
            this.agent = agent;
            this.clock = start;
        }

        Play after(double days) {
            clock = clock.plus(Duration.ofMinutes((long) (days * DAY.toMinutes())));
            ClockUtil.setCurrentTime(Date.from(clock));
            return this;
        }

        Play seller(Map<String, Object> answer) {
            return complete(Tasks.RESPOND_TO_DISPUTE, agent, answer);
        }

        Play sellerRejects() {
            return seller(Map.of(Variables.SELLER_DECISION, "REJECT", Variables.SELLER_MESSAGE,
                    "The item matches the listing; please check the size chart"));
        }

        Play buyer(java.util.function.BiConsumer<BuyerActions, String> action) {
            action.accept(buyerActions, disputeId);
            runJobs();
            return this;
        }

        Play complete(String taskKey, String user, Map<String, Object> variables) {
            TaskService tasks = engine.getTaskService();
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(disputeId).taskDefinitionKey(taskKey)
                    .singleResult();
            tasks.setAssignee(task.getId(), user);
            tasks.complete(task.getId(), variables);
            runJobs();
            return this;
        }

        /** The dispute's due asynchronous steps (not its timers: those fire once the job executor runs). */
        void runJobs() {
            RuntimeService runtime = engine.getRuntimeService();
            ManagementService management = engine.getManagementService();
            for (int round = 0; round < 20; round++) {
                List<Job> due = runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputeId).list()
                        .stream()
                        .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId())
                                .messages().executable().list().stream())
                        .toList();
                if (due.isEmpty()) {
                    return;
                }
                due.forEach(job -> management.executeJob(job.getId()));
            }
        }
    }
}
