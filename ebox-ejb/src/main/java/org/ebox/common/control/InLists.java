package org.ebox.common.control;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * IN lists of native queries, for set-based statements over a chunk of keys: {@code ?1} is the one other parameter
 * (a time, say) and the keys take {@code ?2}, {@code ?3}, ... The chunks are small (at most a few hundred keys).
 */
public final class InLists {

    private InLists() {}

    /** "?2, ?3, ..." for this many keys. */
    public static String placeholders(int count) {
        return IntStream.rangeClosed(2, count + 1).mapToObj(i -> "?" + i).collect(Collectors.joining(", "));
    }

    /** Binds {@code first} to ?1 (unless null: the query has no ?1) and the keys to ?2 onwards. */
    public static Query bind(Query query, Object first, Collection<String> keys) {
        if (first != null) {
            query.setParameter(1, first);
        }
        int position = 2;
        for (String key : keys) {
            query.setParameter(position++, key);
        }
        return query;
    }
}
