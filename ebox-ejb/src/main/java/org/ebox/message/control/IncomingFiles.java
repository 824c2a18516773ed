package org.ebox.message.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ebox.platform.ContentStore;
import org.ebox.platform.StoredContent;

/**
 * The files of one publication or one reply, from their arrival to their message: each is received into the store's
 * incoming area (within its size limit) and its type recognised from its content; all are kept in the store just
 * before the message or reply that refers to them is written; and on {@link #close} whatever was received is cleared
 * away, and, unless the message or reply was stored, every file this one added and nobody refers to is forgotten
 * again. All or nothing, whether the refusal comes from the checks, the database or the transaction's end.
 */
@Dependent
public class IncomingFiles implements AutoCloseable {

    @Inject
    ContentStore store;

    @Inject
    UnconfirmedFiles unconfirmed;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    private final List<ContentStore.Staged> received = new ArrayList<>();
    private final List<StoredContent> added = new ArrayList<>();
    private boolean stored;

    /** One file as it arrived: where the store holds it for now, and the type its content shows. */
    public record Received(ContentStore.Staged staged, String detectedType) {
        public StoredContent content() {
            return staged.content();
        }
    }

    /** Receives one file, of at most {@code maxBytes} (else {@link ContentStore.TooLarge}). */
    public Received receive(InputStream content, long maxBytes) throws IOException {
        ContentStore.Staged staged = store.stage(content, maxBytes);
        received.add(staged);
        try (InputStream head = staged.open()) {
            return new Received(staged, AttachmentMediaTypes.detect(head));
        }
    }

    /** Keeps every file received in the store, before the message or reply that refers to them is written. */
    public void keepAll() throws IOException {
        for (ContentStore.Staged staged : received) {
            if (!store.contains(staged.content())) {
                awaitConfirmation(staged.content());
            }
            if (store.keep(staged)) {
                added.add(staged.content());
            }
        }
    }

    /** A file new to the store goes on the night's list before it takes its name (see {@link UnconfirmedFiles}). */
    private void awaitConfirmation(StoredContent content) {
        try {
            unconfirmed.list(content.sha256Hex(), OffsetDateTime.now(clock));
        } catch (PersistenceException | TransactionalException listedMeanwhile) {
            if (!unconfirmed.isListed(content.sha256Hex())) {
                throw listedMeanwhile;
            }
        }
    }

    /** The message or reply was stored: its files stay. */
    public void stored() {
        stored = true;
    }

    @Override
    public void close() throws IOException {
        for (ContentStore.Staged staged : received) {
            store.discard(staged);
        }
        if (!stored) {
            for (StoredContent content : added) {
                if (!StoredFileReferences.isReferenced(em, content)) {
                    store.forget(content);
                }
            }
        }
    }
}
