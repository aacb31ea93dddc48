package io.disputeflow.dispute;

import io.disputeflow.persistence.TransactionBound;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The timeline entries a transaction appends, written together just before it commits: one statement for the
 * opening's two entries, the settlement's three. An entry exists iff the change it records committed, as when each
 * was inserted at once. Whoever reads the timeline inside the transaction writes the entries first
 * ({@link #writeAppended()}), so the transaction reads its own entries. Outside a transaction an entry is written at
 * once. Put aside while a transaction of its own runs inside it (that one writes its own entries). A step that runs
 * while the transaction commits (a listener of the commit) writes at once
 * ({@link DisputeRecords#appendTimelineWhileCommitting}): the commit has taken its list of callbacks already.
 */
final class TimelineWrites extends TransactionBound {

    /** One entry to write, in the order appended. */
    record Entry(String disputeId, Timestamp occurredAt, String actor, String action, String detail) {
    }

    private final List<Entry> pending = new ArrayList<>();
    private final Consumer<List<Entry>> writer;

    private TimelineWrites(Consumer<List<Entry>> writer) {
        this.writer = writer;
    }

    /** Appends {@code entry} to the current transaction's, or writes it with {@code writer} at once outside one. */
    static void append(Entry entry, Consumer<List<Entry>> writer) {
        TimelineWrites writes = current(TimelineWrites.class, () -> new TimelineWrites(writer));
        if (writes == null) {
            writer.accept(List.of(entry));
        } else {
            writes.pending.add(entry);
        }
    }

    /** Writes the entries the current transaction appended so far, if any. */
    static void writeAppended() {
        TimelineWrites writes = existing(TimelineWrites.class);
        if (writes != null) {
            writes.write();
        }
    }

    private void write() {
        if (!pending.isEmpty()) {
            List<Entry> entries = Collections.unmodifiableList(new ArrayList<>(pending));
            pending.clear();
            writer.accept(entries);
        }
    }

    @Override
    public void flush() {
        write();
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        write();
    }
}
