package io.disputeflow.buyercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReplyTemplatesTest {

    static final ParcelFacts PARCEL = new ParcelFacts("Cainiao", "LP00123", "Madrid sorting centre",
            Instant.parse("2026-11-01T08:00:00Z"), Instant.parse("2026-12-20T00:00:00Z"), "customs inspection");

    final ReplyTemplates templates = new ReplyTemplates();

    @ParameterizedTest
    @CsvSource({
            "en, L1, We are sorry", "es, L1, Sentimos", "fr, L1, Nous sommes désolés", "pt, L1, Lamentamos",
            "ru, L1, Нам жаль", "en, L2, delayed because of customs inspection", "fr, L2, jusqu'au",
            "es, L3, Novedades", "de, L1, We are sorry"})
    void repliesAreInTheBuyersLanguageWithEnglishAsFallback(String language, ReplyLevel level, String expected) {
        assertThat(templates.render(level, language, PARCEL)).contains(expected).doesNotContain("{");
    }

    @Test
    void l1IsFilledFromTheTrackingFacts() {
        String reply = templates.render(ReplyLevel.L1, "en", PARCEL);
        assertThat(reply).contains("Cainiao (LP00123)", "Madrid sorting centre", "Nov 1, 2026", "Dec 20, 2026");
    }

    @Test
    void l2WithoutTheCarriersReasonShowsAPlaceholderToReplace() {
        ParcelFacts noReason = new ParcelFacts("Cainiao", "LP1", "Madrid", PARCEL.lastUpdateAt(),
                PARCEL.protectionExtendedUntil(), null);
        assertThat(templates.render(ReplyLevel.L2, "en", noReason)).contains("[carrier's reason]");
    }
}
