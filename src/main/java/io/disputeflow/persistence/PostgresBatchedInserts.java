package io.disputeflow.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Has the PostgreSQL driver send a flush's batched INSERTs of one table as one multi-row INSERT
 * ({@code reWriteBatchedInserts}). Camunda batches its flush (one INSERT per history row, variable and job), so a
 * dispute's start sends 12 variable-history INSERTs as two statements instead of twelve. Camunda does not read the
 * row counts of INSERTs (its batch check skips them, CAM-10990), and UPDATEs and DELETEs, whose counts carry the
 * optimistic locking, are not rewritten. An explicit setting in the JDBC URL or the pool's properties wins.
 */
@Component
public class PostgresBatchedInserts implements BeanPostProcessor {

    public static final String PROPERTY = "reWriteBatchedInserts";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && applies(pool)) {
            pool.addDataSourceProperty(PROPERTY, "true");
        }
        return bean;
    }

    private static boolean applies(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        return url != null && url.startsWith("jdbc:postgresql:")
                && !url.toLowerCase().contains(PROPERTY.toLowerCase())
                && !pool.getDataSourceProperties().containsKey(PROPERTY);
    }
}
