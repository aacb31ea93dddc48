package io.disputeflow.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The models and forms of one deployment, read with Camunda's model API. A resource the model API cannot read is left
 * out: Camunda's own parser then refuses it with its own words.
 */
final class DeployedResources {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Resource name to model. */
    final Map<String, BpmnModelInstance> bpmn = new LinkedHashMap<>();
    final Map<String, DmnModelInstance> dmn = new LinkedHashMap<>();
    /** Form id to form. */
    final Map<String, JsonNode> forms = new LinkedHashMap<>();
    final Set<String> processIds = new LinkedHashSet<>();
    final Set<String> decisionIds = new LinkedHashSet<>();

    static boolean isBpmn(String name) {
        return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
    }

    static boolean isDmn(String name) {
        return name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
    }

    static boolean isForm(String name) {
        return name.endsWith(".form");
    }

    static DeployedResources read(Map<String, byte[]> resources) {
        DeployedResources deployed = new DeployedResources();
        resources.forEach((name, content) -> {
            try {
                if (isBpmn(name)) {
                    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
                    deployed.bpmn.put(name, model);
                    model.getModelElementsByType(Process.class)
                            .forEach(process -> deployed.processIds.add(process.getId()));
                } else if (isDmn(name)) {
                    DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
                    deployed.dmn.put(name, model);
                    model.getModelElementsByType(Decision.class)
                            .forEach(decision -> deployed.decisionIds.add(decision.getId()));
                } else if (isForm(name)) {
                    JsonNode form = JSON.readTree(content);
                    if (form.hasNonNull("id")) {
                        deployed.forms.put(form.get("id").asText(), form);
                    }
                }
            } catch (RuntimeException | IOException unreadable) {
                // Camunda's parser reports it
            }
        });
        return deployed;
    }

    boolean containsAnyOf(Set<String> keys) {
        return keys.stream().anyMatch(key -> processIds.contains(key) || decisionIds.contains(key));
    }
}
