package io.disputeflow.evidence;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Where evidence files are kept and what is accepted. */
@ConfigurationProperties("disputeflow.evidence")
public record EvidenceProperties(Path directory, DataSize maxFileSize, List<String> allowedContentTypes) {

    public static final List<String> DEFAULT_TYPES = List.of("image/jpeg", "image/png", "image/webp", "video/mp4",
            "application/pdf", "text/plain");

    public EvidenceProperties {
        directory = directory == null ? Path.of("data", "evidence") : directory;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
        allowedContentTypes = allowedContentTypes == null || allowedContentTypes.isEmpty()
                ? DEFAULT_TYPES : List.copyOf(allowedContentTypes);
    }
}
