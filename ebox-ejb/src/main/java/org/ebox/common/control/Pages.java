package org.ebox.common.control;

/** Where a page of results starts, as the persistence provider takes it: an int offset. */
public final class Pages {

    private Pages() {}

    /**
     * The offset of the page's first item, {@code (page - 1) * pageSize}, computed in long: in int a far page wraps
     * round to a negative offset, which the persistence provider refuses with an error. An offset beyond the int
     * range lies past the end of any box, so the page asked for there is the empty one at the largest offset.
     */
    public static int firstResult(int page, int pageSize) {
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page and pageSize count from 1, not " + page + " and " + pageSize);
        }
        return (int) Math.min((long) (page - 1) * pageSize, Integer.MAX_VALUE);
    }
}
