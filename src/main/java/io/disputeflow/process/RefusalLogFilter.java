package io.disputeflow.process;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine's "Exception while closing command context" (ENGINE-16004, an ERROR with the whole stack trace)
 * out of the log when the exception is a refusal the REST API answers with a 4xx ({@link EngineRestRefusalMapper}):
 * a seller agent's invalid answer or another company's task is the user's mistake, not the server's, and the mapper
 * logs it in one line. Every other engine error is logged as before.
 */
@Component
class RefusalLogFilter extends TurboFilter {

    /** The logger Camunda's command context reports failed commands with. */
    static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

    RefusalLogFilter() {
        setName(RefusalLogFilter.class.getName());
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging
                && logging.getTurboFilterList().stream().noneMatch(filter -> getName().equals(filter.getName()))) {
            logging.addTurboFilter(this);
            start();
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
}
