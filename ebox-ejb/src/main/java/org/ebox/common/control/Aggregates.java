package org.ebox.common.control;

/** Reading the results of JPQL aggregates, whose type varies by database and is null over no rows. */
public final class Aggregates {

    private Aggregates() {}

    /** A count or sum as a long; a sum over no rows is 0. */
    public static long asLong(Object aggregate) {
        return aggregate == null ? 0 : ((Number) aggregate).longValue();
    }
}
