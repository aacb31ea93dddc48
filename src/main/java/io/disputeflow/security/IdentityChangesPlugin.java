package io.disputeflow.security;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.WritableIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the {@link AuthenticationCache} about every change of users, passwords, groups, tenants and memberships made
 * through the engine (Camunda Admin, {@code /engine-rest}, the identity service, our own onboarding). Every such change
 * goes through the engine's {@link WritableIdentityProvider} session, whatever command makes it, so that session is
 * wrapped: a write forgets the cache when it is made and again when its transaction ends (a check running in between
 * may have read the old state).
 */
@Component
public class IdentityChangesPlugin extends AbstractProcessEnginePlugin {

    private final AuthenticationCache cache;

    public IdentityChangesPlugin(AuthenticationCache cache) {
        this.cache = cache;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        Map<Class<?>, SessionFactory> factories = configuration.getSessionFactories();
        SessionFactory writable = factories.get(WritableIdentityProvider.class);
        if (writable == null) {
            return; // a read-only identity provider (LDAP): nothing is changed through the engine
        }
        factories.put(WritableIdentityProvider.class, new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return WritableIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return noticingWrites((WritableIdentityProvider) writable.openSession());
            }
        });
    }

    private WritableIdentityProvider noticingWrites(WritableIdentityProvider provider) {
        return (WritableIdentityProvider) Proxy.newProxyInstance(WritableIdentityProvider.class.getClassLoader(),
                new Class<?>[] {WritableIdentityProvider.class}, (proxy, method, arguments) -> {
                    if (isWrite(method)) {
                        identityChanging();
                    }
                    try {
                        return method.invoke(provider, arguments);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause();
                    }
                });
    }

    /** Every method of the writable provider writes, except the factories of new, unsaved objects. */
    private static boolean isWrite(Method method) {
        return method.getDeclaringClass() == WritableIdentityProvider.class && !method.getName().startsWith("createNew");
    }

    private void identityChanging() {
        cache.identityChanged();
        CommandContext command = Context.getCommandContext();
        if (command != null) {
            command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                    committed -> cache.identityChanged());
            command.getTransactionContext().addTransactionListener(TransactionState.ROLLED_BACK,
                    rolledBack -> cache.identityChanged());
        }
    }
}
