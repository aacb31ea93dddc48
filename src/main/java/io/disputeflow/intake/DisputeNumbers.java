package io.disputeflow.intake;

import io.disputeflow.persistence.DatabaseProduct;
import javax.sql.DataSource;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** Dispute ids D-1001, D-1002, ... from the database sequence {@code dispute_number}. */
@Component
public class DisputeNumbers {

    private static final String SEQUENCE = "dispute_number";

    private final DataFieldMaxValueIncrementer sequence;

    public DisputeNumbers(DataSource dataSource) {
        this.sequence = DatabaseProduct.isPostgres(dataSource)
                ? new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE)
                : new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
    }

    public String next() {
        return "D-" + sequence.nextLongValue();
    }
}
