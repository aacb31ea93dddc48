package io.disputeflow.buyercare;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The L1/L2/L3 buyer-care replies in the buyer's language (English, Spanish, French, Portuguese, Russian;
 * English for any other), filled with the parcel's tracking facts. Texts live in {@code i18n/replies*.properties}.
 */
@Component
public class ReplyTemplates {

    /** Stands in L2 for the carrier's explanation until the agent has it. */
    static final String CARRIER_REASON_PLACEHOLDER = "carrier's reason";

    private final MessageSource messages;

    public ReplyTemplates() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/replies");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        this.messages = source;
    }

    public String render(ReplyLevel level, String buyerLanguage, ParcelFacts parcel) {
        Locale locale = buyerLanguage == null || buyerLanguage.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(buyerLanguage);
        return messages.getMessage(level.name(), new Object[] {
                date(parcel.protectionExtendedUntil(), locale), parcel.carrier(), parcel.trackingNumber(),
                orUnknown(parcel.lastLocation()), date(parcel.lastUpdateAt(), locale),
                parcel.delayReason() == null ? "[" + CARRIER_REASON_PLACEHOLDER + "]" : parcel.delayReason()},
                locale);
    }

    private static String date(Instant instant, Locale locale) {
        return instant == null ? "?" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(ZoneOffset.UTC));
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "?" : value;
    }
}
