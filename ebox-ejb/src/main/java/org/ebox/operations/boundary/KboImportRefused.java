package org.ebox.operations.boundary;

import jakarta.ejb.ApplicationException;

/** Why an extract cannot be imported; nothing of it was kept. The page says the reason in the operator's language. */
@ApplicationException(rollback = true)
public class KboImportRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Not a KBO/BCE open data extract: no zip, no meta.csv, a file missing or naming other columns. */
        WRONG_FILE,
        /** Another import runs, or failed and waits for a restart or a cancellation. */
        ANOTHER_RUNNING,
        /** A full extract no newer than the last one applied. */
        NOT_NEWER,
        /** An update extract that does not follow the last one applied (or comes before any full extract). */
        NOT_NEXT,
        /** Only a failed or stalled import can be restarted or cancelled. */
        NOT_FAILED
    }

    private final Reason reason;
    private final String detail;

    public KboImportRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason getReason() {
        return reason;
    }

    /** What was wrong, for the operator (a file name, a number); in English, as the extract's own words are. */
    public String getDetail() {
        return detail;
    }
}
