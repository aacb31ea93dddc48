package io.disputeflow.persistence;

import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Which database the application runs on: PostgreSQL in production, H2 for the demo and engine-only tests. */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    /** Whether {@code dataSource} is PostgreSQL (asks the driver once; call it at construction, not per statement). */
    public static boolean isPostgres(DataSource dataSource) {
        try {
            return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName"));
        } catch (MetaDataAccessException failed) {
            throw new IllegalStateException("Could not tell which database the application runs on", failed);
        }
    }
}
