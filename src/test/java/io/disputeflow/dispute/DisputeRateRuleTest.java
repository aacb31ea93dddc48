package io.disputeflow.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisputeRateRuleTest {

    @Test
    void R18_arbitratedDisputeCountsWhateverTheCause() {
        assertThat(DisputeRateRule.countsTowardRate(true, false)).isTrue();
        assertThat(DisputeRateRule.countsTowardRate(true, true)).isTrue();
    }

    @Test
    void R18_negotiatedDisputeOfTheBuyersOwnCauseDoesNotCount() {
        assertThat(DisputeRateRule.countsTowardRate(false, false)).isFalse();
    }

    @Test
    void R18_negotiatedDisputeOfAProductProblemCounts() {
        assertThat(DisputeRateRule.countsTowardRate(false, true)).isTrue();
        assertThat(DisputeRateRule.countsTowardRate(false, null)).as("unclassified counts").isTrue();
    }
}
