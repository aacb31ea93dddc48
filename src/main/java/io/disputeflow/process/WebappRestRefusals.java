package io.disputeflow.process;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist and Cockpit call the engine through the webapp's own REST servlet ({@code /camunda/api/engine}), not
 * {@code /engine-rest}, so our refusal mappers must be registered there too. Camunda's webapp initializer keeps a
 * servlet that is already registered under its name, so this one registers it first, the same way, plus our
 * providers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebappRestRefusals implements ServletContextInitializer {

    /** The name {@code CamundaBpmWebappInitializer} gives the servlet. */
    static final String ENGINE_API_SERVLET = "Engine Api";

    private final CamundaBpmProperties properties;

    WebappRestRefusals(CamundaBpmProperties properties) {
        this.properties = properties;
    }

    @Override
    public void onStartup(ServletContext context) {
        if (context.getServletRegistration(ENGINE_API_SERVLET) != null) {
            return;
        }
        ServletRegistration.Dynamic servlet = context.addServlet(ENGINE_API_SERVLET, ServletContainer.class);
        servlet.addMapping(properties.getWebapp().getApplicationPath() + "/api/engine/*");
        servlet.setInitParameters(Map.of(
                "jakarta.ws.rs.Application", EngineRestApplication.class.getName(),
                ServerProperties.PROVIDER_CLASSNAMES,
                RestApiConfiguration.REFUSAL_MAPPERS.stream().map(Class::getName).collect(Collectors.joining(","))));
    }
}
