package io.disputeflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.process.ProcessModel;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal cells of a decision table are answered from memory, with the FEEL engine's own answer; nothing else is. */
class LiteralFeelCacheTest {

    private final CountingFeel feel = new CountingFeel(new ScalaFeelEngineFactory().createInstance());
    private final LiteralFeelCache cache = new LiteralFeelCache(feel);

    @ParameterizedTest
    @ValueSource(strings = {"NO_TRACKING_UPDATE", "CUSTOMS_HELD", "LOST", "SHOWS_DELIVERED", "DEFECTIVE",
            "WRONG_ITEM", "USAGE_PROBLEM", "CHANGED_MIND", "PRICE_DROP", "UNKNOWN_CODE"})
    void theClassificationDecidesAsWithoutTheCache_firstAndSecondTime(String reason) throws Exception {
        DmnEngine plain = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        DmnEngine cached = new LiteralFeelCachePlugin.CachingDmnEngineConfiguration().buildEngine();

        DmnDecisionResult expected = plain.evaluateDecision(classification(plain), reasonIs(reason));
        DmnDecision decision = classification(cached);
        assertThat(((DefaultDmnEngineConfiguration) cached.getConfiguration()).getFeelEngine())
                .isInstanceOf(LiteralFeelCache.class);

        assertThat(cached.evaluateDecision(decision, reasonIs(reason)).getResultList())
                .isEqualTo(expected.getResultList());
        assertThat(cached.evaluateDecision(decision, reasonIs(reason)).getResultList())
                .isEqualTo(expected.getResultList());
    }

    @Test
    void aLiteralOutputReachesTheEngineOnce() {
        assertThat((String) cache.evaluateSimpleExpression("\"tracking history\"", context("reason", "LOST")))
                .isEqualTo("tracking history");
        assertThat((Boolean) cache.evaluateSimpleExpression(" true ", context("reason", "LOST"))).isTrue();
        assertThat((String) cache.evaluateSimpleExpression("\"tracking history\"", context("reason", "DEFECTIVE")))
                .isEqualTo("tracking history");

        assertThat(feel.expressions).containsExactly("\"tracking history\"", " true ");
    }

    @Test
    void aLiteralTestReachesTheEngineOncePerTestedValue() {
        String test = "\"LOST\",\"CUSTOMS_HELD\"";

        assertThat(cache.evaluateSimpleUnaryTests(test, "cellInput", context("cellInput", "LOST"))).isTrue();
        assertThat(cache.evaluateSimpleUnaryTests(test, "cellInput", context("cellInput", "DEFECTIVE"))).isFalse();
        assertThat(cache.evaluateSimpleUnaryTests(test, "cellInput", context("cellInput", "LOST"))).isTrue();
        assertThat(cache.evaluateSimpleUnaryTests(test, "cellInput", context("cellInput", "DEFECTIVE"))).isFalse();

        assertThat(feel.tests).hasSize(2);
    }

    @Test
    void aCellNamingAVariableOrCallingAFunctionIsEvaluatedEveryTime() {
        assertThat(cache.evaluateSimpleUnaryTests("> limit", "cellInput", context("cellInput", 50, "limit", 40)))
                .isTrue();
        assertThat(cache.evaluateSimpleUnaryTests("> limit", "cellInput", context("cellInput", 50, "limit", 60)))
                .isFalse();
        assertThat((String) cache.evaluateSimpleExpression("upper case(\"a\")", context("reason", "LOST")))
                .isEqualTo("A");
        assertThat((String) cache.evaluateSimpleExpression("upper case(\"a\")", context("reason", "LOST")))
                .isEqualTo("A");

        assertThat(feel.tests).hasSize(2);
        assertThat(feel.expressions).hasSize(2);
    }

    @Test
    void anInputThatNamesATextOrYesNoVariable_isThatVariablesValue_otherValuesGoToTheEngine() {
        assertThat((String) cache.evaluateSimpleExpression("reason", context("reason", "LOST"))).isEqualTo("LOST");
        assertThat((String) cache.evaluateSimpleExpression(" reason ", context("reason", "DEFECTIVE")))
                .isEqualTo("DEFECTIVE");
        assertThat((Boolean) cache.evaluateSimpleExpression("returnOffered", context("returnOffered", true))).isTrue();
        assertThat(feel.expressions).isEmpty();

        Object amount = cache.evaluateSimpleExpression("amount", context("amount", 40));
        Object missing = cache.evaluateSimpleExpression("amount", context("reason", "LOST"));

        assertThat(feel.expressions).containsExactly("amount", "amount");
        assertThat(amount).isEqualTo(feel.engine.evaluateSimpleExpression("amount", context("amount", 40)));
        assertThat(missing).isNull();
    }

    @Test
    void theMemoryIsBounded() {
        for (int n = 0; n <= LiteralFeelCache.MAX_ENTRIES; n++) {
            cache.evaluateSimpleUnaryTests("\"A\"", "cellInput", context("cellInput", "value " + n));
        }
        int reachedEngine = feel.tests.size();

        cache.evaluateSimpleUnaryTests("\"A\"", "cellInput", context("cellInput", "value 0"));

        assertThat(feel.tests).as("forgotten when the cache was emptied").hasSize(reachedEngine + 1);
    }

    private static DmnDecision classification(DmnEngine engine) throws Exception {
        try (InputStream dmn = LiteralFeelCacheTest.class.getClassLoader()
                .getResourceAsStream("processes/DisputeClassification.dmn")) {
            return engine.parseDecision(ProcessModel.Definitions.DISPUTE_CLASSIFICATION, dmn);
        }
    }

    private static VariableContext reasonIs(String reason) {
        return Variables.createVariables().putValue(ProcessModel.Variables.REASON, reason).asVariableContext();
    }

    private static VariableContext context(Object... namesAndValues) {
        var variables = Variables.createVariables();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.putValue((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables.asVariableContext();
    }

    /** The real FEEL engine, counting what reaches it. */
    private static final class CountingFeel implements FeelEngine {
        private final FeelEngine engine;
        final List<String> expressions = new ArrayList<>();
        final List<String> tests = new ArrayList<>();

        CountingFeel(FeelEngine engine) {
            this.engine = engine;
        }

        @Override
        public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
            expressions.add(expression);
            return engine.evaluateSimpleExpression(expression, variables);
        }

        @Override
        public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
            tests.add(expression);
            return engine.evaluateSimpleUnaryTests(expression, inputVariable, variables);
        }
    }
}
