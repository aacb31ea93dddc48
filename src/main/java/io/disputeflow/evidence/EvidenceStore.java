package io.disputeflow.evidence;

import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.evidence.EvidenceItem.Kind;
import io.disputeflow.evidence.EvidenceItem.Party;
import io.disputeflow.persistence.InsertOnce;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of buyer, seller and platform. Refuses empty files, files over the size limit and content types off
 * the allow list; the same file uploaded twice to a dispute is one item (the first one is returned).
 */
@Service
public class EvidenceStore {

    private final JdbcTemplate jdbc;
    private final DisputeRecords disputes;
    private final EvidenceFiles files;
    private final EvidenceProperties limits;
    private final InsertOnce insertOnce;
    private final Clock clock;

    public EvidenceStore(JdbcTemplate jdbc, DisputeRecords disputes, EvidenceFiles files, EvidenceProperties limits,
                         InsertOnce insertOnce, Clock clock) {
        this.jdbc = jdbc;
        this.disputes = disputes;
        this.files = files;
        this.limits = limits;
        this.insertOnce = insertOnce;
        this.clock = clock;
    }

    @Transactional
    public EvidenceItem upload(String disputeId, Party party, Kind kind, String fileName, String contentType,
                               byte[] content, String note, String uploadedBy) {
        if (disputes.find(disputeId).isEmpty()) {
            throw new EvidenceRejectedException("disputeId", "No dispute with id " + disputeId);
        }
        String type = checkedContentType(contentType);
        checkSize(content);
        String sha256 = EvidenceFiles.sha256(content);
        files.store(sha256, content);
        boolean added = insertOnce.insert("""
                INSERT INTO evidence_item (dispute_id, party, kind, file_name, content_type, size_bytes, sha256, note,
                    uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                disputeId, party.name(), kind.name(), fileName(fileName), type, content.length, sha256, note,
                Timestamp.from(clock.instant()), uploadedBy);
        if (added) {
            disputes.appendTimeline(disputeId, uploadedBy, "EVIDENCE_ADDED", "The " + party.name().toLowerCase(Locale.ROOT)
                    + " filed evidence: " + CaseFileTexts.kind(kind).toLowerCase(Locale.ROOT) + " " + fileName(fileName));
        }
        return jdbc.queryForObject("SELECT * FROM evidence_item WHERE dispute_id = ? AND sha256 = ?",
                EvidenceStore::map, disputeId, sha256);
    }

    public List<EvidenceItem> list(String disputeId) {
        return jdbc.query("SELECT * FROM evidence_item WHERE dispute_id = ? ORDER BY id", EvidenceStore::map, disputeId);
    }

    public Optional<EvidenceItem> find(String disputeId, long id) {
        return jdbc.query("SELECT * FROM evidence_item WHERE dispute_id = ? AND id = ?", EvidenceStore::map,
                disputeId, id).stream().findFirst();
    }

    public byte[] content(EvidenceItem item) {
        return content(item.sha256());
    }

    public byte[] content(String sha256) {
        return files.read(sha256);
    }

    private String checkedContentType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!limits.allowedContentTypes().contains(type)) {
            throw new EvidenceRejectedException("file", "Files of type '" + contentType + "' are not accepted: "
                    + "upload one of " + String.join(", ", limits.allowedContentTypes()));
        }
        return type;
    }

    private void checkSize(byte[] content) {
        if (content == null || content.length == 0) {
            throw new EvidenceRejectedException("file", "The file is empty: choose the file again and upload it");
        }
        long limit = limits.maxFileSize().toBytes();
        if (content.length > limit) {
            throw new EvidenceRejectedException("file", "The file is " + readable(content.length) + "; the limit is "
                    + readable(limit) + ": compress it or upload a shorter video");
        }
    }

    private static String readable(long bytes) {
        return bytes >= 1_048_576 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0)
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private static String fileName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.replaceAll("[\\\\/]", "_").trim();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static EvidenceItem map(ResultSet rs, int row) throws SQLException {
        return new EvidenceItem(rs.getLong("id"), rs.getString("dispute_id"), Party.valueOf(rs.getString("party")),
                Kind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256").trim(), rs.getString("note"),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));
    }
}
