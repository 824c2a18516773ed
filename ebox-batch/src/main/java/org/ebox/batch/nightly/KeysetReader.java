package org.ebox.batch.nightly;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads keys page by page in key order, each page starting after the last key read: the checkpoint is that key, so a
 * restart goes on where the last committed chunk ended. The pages come from queries that skip what is done already,
 * so even a restart from an older checkpoint does nothing twice.
 */
abstract class KeysetReader extends AbstractItemReader {

    @Inject
    Clock clock;

    /** The service's time when the step opened: what is due is decided once for the whole step. */
    protected OffsetDateTime openedAt;

    private final Deque<String> page = new ArrayDeque<>();
    private String last;
    private boolean exhausted;

    /** The next keys after {@code after} (null: from the start), at most {@code limit}. */
    protected abstract List<String> pageAfter(String after, int limit);

    protected abstract int pageSize();

    @Override
    public void open(Serializable checkpoint) {
        last = (String) checkpoint;
        openedAt = OffsetDateTime.now(clock);
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            List<String> next = pageAfter(last, pageSize());
            page.addAll(next);
            exhausted = next.size() < pageSize();
        }
        String key = page.pollFirst();
        if (key != null) {
            last = key;
        }
        return key;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
