package io.disputeflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real PostgreSQL, with an HTTP server on a random port and the job executor off
 * (tests drive timers and jobs themselves). Every test class gets the same configuration, so Spring caches one
 * context: a second context would register a second engine named "default", and Camunda's REST API would
 * then talk to whichever came last. Test settings belong in application-test.yaml, not in a test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
@Import(FaultyRefundProvider.Configuration.class)
// Metrics export on for every test of this kind: a test class with other annotations would start a second application
// whose engine, also named "default", takes over the webapps' and /engine-rest's JVM-wide engine lookup.
@AutoConfigureObservability(tracing = false)
public @interface PostgresSpringTest {
}
