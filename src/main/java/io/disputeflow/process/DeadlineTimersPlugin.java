package io.disputeflow.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces every rule's deadline that passes ({@link DeadlineFired}): each timer event the deadline catalog knows
 * gets a listener when the models are parsed, so a timer renamed or added in Modeler is covered by the catalog, not
 * by a listener in the diagram. The event is left when the timer fired; a timer cancelled with its activity is not
 * counted.
 */
@Component
public class DeadlineTimersPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationEventPublisher events;

    public DeadlineTimersPlugin(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                announce(activity);
            }

            @Override
            public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                announce(activity);
            }
        });
    }

    private void announce(ActivityImpl activity) {
        DeadlineCatalog.meaningOf(activity.getId()).ifPresent(meaning -> {
            ExecutionListener fired = execution -> {
                if (!execution.isCanceled()) {
                    events.publishEvent(new DeadlineFired(meaning.rule(), activity.getId()));
                }
            };
            activity.addListener(ExecutionListener.EVENTNAME_END, fired);
        });
    }
}
