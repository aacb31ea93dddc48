package io.disputeflow.dispute;

import java.util.Collection;

/**
 * Which disputes to list: of these stores ({@code null} = every store), in this status ({@code null} = any),
 * one page of {@code size}, numbered from 0.
 */
public record DisputeQuery(Collection<String> storeIds, DisputeStatus status, int page, int size) {
}
