package io.disputeflow.evidence;

import io.disputeflow.api.ApiAccess;
import io.disputeflow.api.ApiAccessDeniedException;
import io.disputeflow.api.ApiCaller;
import io.disputeflow.api.ApiExamples;
import io.disputeflow.api.InvalidRequestException;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.evidence.EvidenceItem.Kind;
import io.disputeflow.evidence.EvidenceItem.Party;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/disputes/{id}/evidence")
@Tag(name = "Evidence", description = "Photos, videos, screenshots and documents of buyer, seller and platform")
public class EvidenceController {

    private final EvidenceStore store;
    private final DisputeRecords records;
    private final ApiAccess access;

    public EvidenceController(EvidenceStore store, DisputeRecords records, ApiAccess access) {
        this.store = store;
        this.records = records;
        this.access = access;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "File evidence (multipart: file, party, kind, note)",
            description = "The storefront files BUYER evidence, a store's agents SELLER evidence, arbitrators "
                    + "PLATFORM evidence. The same file filed twice is one item.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = ApiExamples.EVIDENCE)))
    @ApiResponse(responseCode = "422", description = "Empty, too large or of a type not accepted", content = @Content(
            mediaType = "application/problem+json"))
    public ResponseEntity<EvidenceView> upload(@PathVariable("id") String id,
                                               @RequestPart("file") MultipartFile file,
                                               @RequestParam("party") String party,
                                               @RequestParam("kind") String kind,
                                               @RequestParam(name = "note", required = false) @Size(max = 2000)
                                               String note) {
        DisputeRecord dispute = records.get(id);
        Party filedBy = parse(Party.class, "party", party);
        Kind evidenceKind = parse(Kind.class, "kind", kind);
        ApiCaller caller = requireFiling(filedBy, dispute.storeId());
        EvidenceItem item = store.upload(id, filedBy, evidenceKind, file.getOriginalFilename(), file.getContentType(),
                bytes(file), note, caller.userId());
        EvidenceView view = EvidenceView.of(item);
        return ResponseEntity.created(URI.create(view.href())).body(view);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The dispute's evidence, oldest first")
    public List<EvidenceView> list(@PathVariable("id") String id) {
        access.requireRead(records.get(id).storeId());
        return store.list(id).stream().map(EvidenceView::of).toList();
    }

    @GetMapping("/{evidenceId}")
    @Operation(summary = "Download an evidence file")
    public ResponseEntity<byte[]> download(@PathVariable("id") String id, @PathVariable("evidenceId") long evidenceId) {
        access.requireRead(records.get(id).storeId());
        EvidenceItem item = store.find(id, evidenceId).orElseThrow(() -> new UnknownEvidenceException(id, evidenceId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(item.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(item.fileName()).build().toString())
                .header("X-Content-SHA256", item.sha256())
                .body(store.content(item));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "format", "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    /** Evidence is filed by the party it belongs to: buyers through the storefront, sellers, the platform. */
    private ApiCaller requireFiling(Party party, String storeId) {
        ApiCaller caller = access.caller();
        boolean allowed = caller.isAdministrator() || switch (party) {
            case BUYER -> caller.isStorefront();
            case SELLER -> caller.serves(storeId);
            case PLATFORM -> caller.isPlatformStaff();
        };
        if (!allowed) {
            throw new ApiAccessDeniedException(caller.userId() + " may not file " + party + " evidence for store "
                    + storeId);
        }
        return caller;
    }
}
