package io.disputeflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.support.PostgresSpringTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's ids are time-ordered UUIDs: later ids sort after earlier ones, and none repeats. */
@PostgresSpringTest
class TimeOrderedIdsPostgresTest {

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void theEngineUsesTimeOrderedIds_eachAfterTheMillisecondsBefore() {
        assertThat(engine.getIdGenerator()).isInstanceOf(TimeOrderedIds.class);
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            ids.add(engine.getIdGenerator().getNextId());
        }

        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        assertThat(ids).allSatisfy(id -> assertThat(id).hasSize(36).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-.*"));
        List<String> milliseconds = ids.stream().map(id -> id.substring(0, 13)).toList();
        assertThat(milliseconds).as("the creation millisecond leads, so the text sorts by time").isSorted();
        assertThat(milliseconds.get(0)).isLessThan(milliseconds.get(milliseconds.size() - 1));
    }
}
