package io.disputeflow.persistence;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Replaces one of the engine's per-command managers (its "sessions") with a subclass of ours. */
public final class EngineSessions {

    private EngineSessions() {
    }

    /** From now on every command gets {@code manager}'s instances where it asks for a {@code type}. */
    public static <T extends Session> void replace(ProcessEngineConfigurationImpl configuration, Class<T> type,
                                                   Supplier<? extends T> manager) {
        configuration.getSessionFactories().put(type, new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return type;
            }

            @Override
            public Session openSession() {
                return manager.get();
            }
        });
    }
}
