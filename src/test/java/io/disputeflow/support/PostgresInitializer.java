package io.disputeflow.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at a fresh database on the embedded PostgreSQL server. Contexts are cached by
 * Spring, so test classes sharing a configuration also share the database.
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + TestPostgres.newDatabase("disputeflow"),
                "spring.datasource.username=" + TestPostgres.USER,
                "spring.datasource.password=",
                "spring.datasource.driver-class-name=org.postgresql.Driver"
        ).applyTo(context.getEnvironment());
    }
}
