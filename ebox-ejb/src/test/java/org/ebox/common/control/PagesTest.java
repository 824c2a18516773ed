package org.ebox.common.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void theFirstPageStartsAtTheFirstItem() {
        assertEquals(0, Pages.firstResult(1, 25));
    }

    @Test
    void aLaterPageStartsAfterTheItemsOfTheEarlierOnes() {
        assertEquals(50, Pages.firstResult(3, 25));
    }

    @Test
    void theFarthestPageWhoseOffsetFitsAnIntStartsExactlyThere() {
        assertEquals(2_147_483_600, Pages.firstResult(21_474_837, 100));
    }

    @Test
    void aPageWhoseOffsetIsBeyondTheIntRangeStartsPastTheEndInsteadOfWrappingNegative() {
        assertEquals(Integer.MAX_VALUE, Pages.firstResult(Integer.MAX_VALUE, 100));
        assertEquals(Integer.MAX_VALUE, Pages.firstResult(21_474_838, 100));
        assertEquals(Integer.MAX_VALUE, Pages.firstResult(2, Integer.MAX_VALUE));
    }

    @Test
    void aFarPageNeverWrapsRoundToTheFirstPage() {
        // In int, (134217729 - 1) * 32 is 2^32, which wraps round to 0: the first page's messages again.
        assertEquals(Integer.MAX_VALUE, Pages.firstResult(134_217_729, 32));
    }

    @Test
    void aPageOrPageSizeBelowOneIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Pages.firstResult(0, 25));
        assertThrows(IllegalArgumentException.class, () -> Pages.firstResult(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Pages.firstResult(Integer.MIN_VALUE, 25));
    }
}
