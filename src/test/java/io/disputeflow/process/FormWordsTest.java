package io.disputeflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.dispute.RefundCeiling;
import io.disputeflow.dispute.RuleViolationException;
import io.disputeflow.problem.FieldRefusal;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Refusals of a form name the field as the form labels it, never by its variable name. */
class FormWordsTest {

    @Test
    void labelsComeFromTheCamundaFormsAndTheEmbeddedHtmlForms() {
        assertThat(FormWords.label("counterOfferAmount")).contains("Refund amount offered");
        assertThat(FormWords.label("rulingNote")).hasValueSatisfying(label -> assertThat(label).isNotBlank());
        assertThat(FormWords.label("returnReceipt")).hasValueSatisfying(label -> assertThat(label).isNotBlank()
                .doesNotContain("<"));
        assertThat(FormWords.label("noSuchField")).isEmpty();
    }

    @Test
    void aRefusalNamesTheFieldInTheFormsWords() {
        RuleViolationException aboveCeiling = org.assertj.core.api.Assertions.catchThrowableOfType(
                RuleViolationException.class, () -> RefundCeiling.check("counterOfferAmount", new BigDecimal("800.00"),
                        new BigDecimal("47.90"), "USD"));

        assertThat(FormWords.sentence(aboveCeiling)).isEqualTo("\u201CRefund amount offered\u201D 800.00 USD is more"
                + " than the buyer paid (47.90 USD): at most 47.90 USD can be refunded");
        assertThat(FormWords.sentence(new FieldRefusal("sellerMessage", "required", " is required when you reject")))
                .isEqualTo("\u201CMessage to the buyer\u201D is required when you reject");
        assertThat(FormWords.sentence(new IllegalArgumentException("about the whole form")))
                .isEqualTo("about the whole form");
    }
}
