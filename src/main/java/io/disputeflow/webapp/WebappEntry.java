package io.disputeflow.webapp;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Where people enter the webapps: the root URL and Camunda's webapp index open Tasklist ({@link TasklistLanding}).
 * How the webapps look (DisputeFlow's header, no Camunda 8 banner, hidden actions, dates with zone) is not Java:
 * it is {@code META-INF/resources/webjars/camunda/app/<app>/scripts/config.js} and {@code styles/user-styles.css},
 * which override Camunda's files of the same name.
 */
@Configuration
@ConditionalOnWebApplication
class WebappEntry {

    @Bean
    FilterRegistrationBean<TasklistLanding> tasklistLanding(CamundaBpmProperties camunda) {
        FilterRegistrationBean<TasklistLanding> registration = new FilterRegistrationBean<>(new TasklistLanding(
                camunda.getWebapp().getApplicationPath(), camunda.getProcessEngineName()));
        // Before Camunda's webapp filters, which would send /camunda/app/ to the Welcome page.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
