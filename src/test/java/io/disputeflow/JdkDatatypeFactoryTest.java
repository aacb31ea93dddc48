package io.disputeflow;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Duration timers must not search the fat jar for a {@link DatatypeFactory}: the start names the JDK's own. */
class JdkDatatypeFactoryTest {

    private final String before = System.getProperty(DisputeFlowApplication.DATATYPE_FACTORY_PROPERTY);

    @AfterEach
    void restoreTheProperty() {
        if (before == null) {
            System.clearProperty(DisputeFlowApplication.DATATYPE_FACTORY_PROPERTY);
        } else {
            System.setProperty(DisputeFlowApplication.DATATYPE_FACTORY_PROPERTY, before);
        }
    }

    @Test
    void theStartNamesTheJdkFactorySoNoServiceLoaderScanIsNeeded() throws Exception {
        System.clearProperty(DisputeFlowApplication.DATATYPE_FACTORY_PROPERTY);

        DisputeFlowApplication.useJdkDatatypeFactory();

        assertThat(System.getProperty(DisputeFlowApplication.DATATYPE_FACTORY_PROPERTY))
                .isEqualTo(DisputeFlowApplication.JDK_DATATYPE_FACTORY);
        assertThat(DatatypeFactory.newInstance().getClass().getName())
                .isEqualTo(DisputeFlowApplication.JDK_DATATYPE_FACTORY);
        assertThat(DatatypeFactory.newInstance().newDuration("P5D").getDays()).isEqualTo(5);
    }

    @Test
    void anOperatorsOwnChoiceIsKept() {
        System.setProperty(DisputeFlowApplication.DATATYPE_FACTORY_PROPERTY, "org.example.OwnFactory");

        DisputeFlowApplication.useJdkDatatypeFactory();

        assertThat(System.getProperty(DisputeFlowApplication.DATATYPE_FACTORY_PROPERTY))
                .isEqualTo("org.example.OwnFactory");
    }
}
