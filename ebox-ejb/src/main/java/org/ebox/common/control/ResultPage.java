package org.ebox.common.control;

import java.util.List;

/** One page of results, cut in the database, and the number of all of them. */
public record ResultPage<T>(List<T> items, long total) {}
