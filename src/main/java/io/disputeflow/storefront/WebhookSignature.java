package io.disputeflow.storefront;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@value #HEADER} header, as Stripe signs its webhooks: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} over
 * {@code t + "." + body} with the endpoint's secret. The timestamp is signed too, so a receiver that refuses old
 * timestamps ({@link #REPLAY_WINDOW}) cannot be fed a recorded delivery again later.
 */
public final class WebhookSignature {

    public static final String HEADER = "DisputeFlow-Signature";
    public static final String EVENT_ID_HEADER = "DisputeFlow-Event-Id";
    public static final String EVENT_TYPE_HEADER = "DisputeFlow-Event-Type";
    /** How old a signature receivers should still accept. */
    public static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

    private WebhookSignature() {
    }

    public static String header(String secret, Instant signedAt, String body) {
        long t = signedAt.getEpochSecond();
        return "t=" + t + ",v1=" + hmac(secret, t + "." + body);
    }

    /**
     * Whether {@code header} signs {@code body} with {@code secret} at a time within {@link #REPLAY_WINDOW} of
     * {@code now}: what a receiver checks before it trusts a delivery.
     */
    public static boolean verify(String secret, String header, String body, Instant now) {
        if (header == null) {
            return false;
        }
        Long t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                try {
                    t = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                v1 = pair[1];
            }
        }
        if (t == null || v1 == null
                || Duration.between(Instant.ofEpochSecond(t), now).abs().compareTo(REPLAY_WINDOW) > 0) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII),
                v1.getBytes(StandardCharsets.US_ASCII));
    }

    static String hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
