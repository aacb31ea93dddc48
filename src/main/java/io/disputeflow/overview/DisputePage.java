package io.disputeflow.overview;

import java.util.List;

/** A page of disputes, newest first; pages are numbered from 0. */
public record DisputePage(List<DisputeSummary> items, int page, int size, long totalItems, long totalPages) {
}
