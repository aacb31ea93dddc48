package io.disputeflow.dispute;

/** The timeline's sentences for what was decided: words and amounts with currency, never codes. */
final class CaseWords {

    private CaseWords() {
    }

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    /** A moment as people read it on the timeline, e.g. "2026-12-20 09:00 UTC". */
    static String time(java.time.Instant instant) {
        return TIME.format(instant);
    }

    static String sellerAnswer(SellerAnswer answer, String currency) {
        StringBuilder text = new StringBuilder("The seller ").append(answer.decision().label());
        if (answer.counterOfferType() != null) {
            text.append(": ").append(answer.counterOfferType().label());
        }
        if (answer.counterOfferAmount() != null) {
            text.append(" of ").append(Money.format(answer.counterOfferAmount())).append(' ').append(currency);
        }
        if (answer.message() != null && !answer.message().isBlank()) {
            text.append(". Message: ").append(answer.message().strip());
        }
        return text.toString();
    }

    static String ruling(Ruling ruling, String currency) {
        StringBuilder text = new StringBuilder("Ruling: ").append(ruling.outcome().label());
        if (ruling.refundAmount().signum() > 0) {
            text.append(", ").append(Money.format(ruling.refundAmount())).append(' ').append(currency);
        }
        if (ruling.sellerPenalty()) {
            text.append("; the seller broke platform rules");
        }
        return text.append(". ").append(ruling.note()).toString();
    }

    static String settlement(SettlementSource source, Settlement settlement, String currency, String freightPayer) {
        StringBuilder text = new StringBuilder("Executing the ").append(source.label()).append(": ")
                .append(settlement.resolution().label());
        if (settlement.refundAmount().signum() > 0) {
            text.append(", ").append(Money.format(settlement.refundAmount())).append(' ').append(currency);
        }
        if (settlement.returnRequired() && freightPayer != null) {
            String payer = ReturnFreight.payer(freightPayer);
            text.append(payer == null ? "; return freight as negotiated" : "; return freight paid by " + payer);
        }
        return text.toString();
    }
}
