package io.disputeflow.process;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;

/**
 * Keeps the engine's "Exception while closing command context" (ENGINE-16004, an ERROR with the whole stack trace)
 * out of the log when the exception is a refusal the REST API answers with a 4xx ({@link EngineRestRefusalMapper}):
 * a seller agent's invalid answer or another company's task is the user's mistake, not the server's, and the mapper
 * logs it in one line. Every other engine error is logged as before.
 * <p>
 * Spring Boot sets logging up anew for every application it starts and drops filters added before, so the filter is
 * installed right after that ({@link Installer}, listed in {@code META-INF/spring.factories}), not by a bean.
 */
final class RefusalLogFilter extends TurboFilter {

    /** The logger Camunda's command context reports failed commands with. */
    static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

    private RefusalLogFilter() {
        setName(RefusalLogFilter.class.getName());
    }

    /** Adds the filter to logback's context unless it is there already; nothing when logback is not the backend. */
    static void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging && logging.getTurboFilterList().stream()
                .noneMatch(filter -> RefusalLogFilter.class.getName().equals(filter.getName()))) {
            RefusalLogFilter filter = new RefusalLogFilter();
            filter.start();
            logging.addTurboFilter(filter);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable thrown) {
        if (logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName()) || !Level.ERROR.equals(level)) {
            return FilterReply.NEUTRAL;
        }
        Throwable exception = thrown != null ? thrown
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last
                : null;
        return exception != null && EngineRestRefusalMapper.problem(exception).isPresent()
                ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    /** Installs the filter once Spring Boot has set logging up for an application starting. */
    public static final class Installer implements GenericApplicationListener {

        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType.toClass());
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            install();
        }

        @Override
        public int getOrder() {
            return LoggingApplicationListener.DEFAULT_ORDER + 1;
        }
    }
}
