package io.disputeflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * DisputeFlow: after-sales dispute resolution for marketplaces, run as BPMN processes on Camunda 7.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DisputeFlowApplication {

    static final String DATATYPE_FACTORY_PROPERTY = "javax.xml.datatype.DatatypeFactory";
    static final String JDK_DATATYPE_FACTORY = "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl";

    public static void main(String[] args) {
        useJdkDatatypeFactory();
        SpringApplication.run(DisputeFlowApplication.class, args);
    }

    /**
     * The engine parses every duration timer and due date with {@code DatatypeFactory.newInstance()}, which without
     * this property searches the whole class path (the fat jar's nested jars) for another implementation each time.
     * An explicit {@code -Djavax.xml.datatype.DatatypeFactory} wins.
     */
    static void useJdkDatatypeFactory() {
        if (System.getProperty(DATATYPE_FACTORY_PROPERTY) == null) {
            System.setProperty(DATATYPE_FACTORY_PROPERTY, JDK_DATATYPE_FACTORY);
        }
    }
}
