package io.disputeflow.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment refused because its models break what the application relies on ({@link ContractBreach}). It is
 * Camunda's own {@link ParseException} with one error per breach and resource, so every Camunda client (REST answers
 * 400 with {@code details}) reads it as a model that cannot be deployed; the message lists every breach, one a line,
 * as Camunda Modeler shows it in its log.
 */
public class DeploymentRefused extends ParseException {

    private final transient List<ContractBreach> breaches;

    DeploymentRefused(List<ContractBreach> breaches) {
        super(describe(breaches), breaches.get(0).resource(), List.of(), List.of());
        this.breaches = List.copyOf(breaches);
        this.resorceReports = reports(breaches);
    }

    List<ContractBreach> breaches() {
        return breaches;
    }

    static String describe(List<ContractBreach> breaches) {
        String count = breaches.size() == 1 ? "this problem" : "these " + breaches.size() + " problems";
        return "The deployment was refused: it breaks what DisputeFlow relies on. Fix " + count
                + " in Camunda Modeler and deploy again:\n" + breaches.stream().map(breach -> "- " + breach.message())
                .collect(Collectors.joining("\n"));
    }

    private static List<ResourceReport> reports(List<ContractBreach> breaches) {
        Map<String, List<Problem>> byResource = new LinkedHashMap<>();
        for (ContractBreach breach : breaches) {
            byResource.computeIfAbsent(breach.resource(), resource -> new ArrayList<>())
                    .add(new ElementProblem(breach.message(), breach.element()));
        }
        List<ResourceReport> reports = new ArrayList<>();
        byResource.forEach((resource, errors) -> reports.add(new Report(resource, errors)));
        return reports;
    }

    /** A breach as Camunda's parse problem: the message and the element, without a line (it is about the model). */
    private record ElementProblem(String message, String element) implements Problem {

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public String getMainElementId() {
            return element;
        }

        @Override
        public List<String> getElementIds() {
            return element == null ? List.of() : List.of(element);
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }
    }

    private record Report(String resource, List<Problem> errors) implements ResourceReport {

        @Override
        public String getResourceName() {
            return resource;
        }

        @Override
        public List<Problem> getErrors() {
            return errors;
        }

        @Override
        public List<Problem> getWarnings() {
            return List.of();
        }
    }
}
