package org.ebox.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void theLastPageTakenKeepsTheOffsetOfTheLargestPageWithinAnInt() {
        assertEquals(21_474_837, QueryParameters.page("21474837"));
        long offset = (long) (QueryParameters.MAX_PAGE - 1) * QueryParameters.MAX_PAGE_SIZE;
        assertTrue(offset <= Integer.MAX_VALUE, String.valueOf(offset));
    }

    @Test
    void aPageBeyondTheLastOrBeyondTheIntRangeIsInvalidInputNamingTheLimits() {
        for (String page : new String[] {"21474838", "2147483647", "2147483648", "99999999999999999999"}) {
            ApiException refused = assertThrows(ApiException.class, () -> QueryParameters.page(page), page);
            assertEquals("INVALID_INPUT", refused.getCode());
            assertEquals(400, refused.getStatus().getStatusCode());
            assertEquals("page must be between 1 and 21474837", refused.getMessage(), page);
        }
    }

    @Test
    void zeroNegativeAndNonNumericPagesAndSizesAreInvalidInput() {
        for (String value : new String[] {"0", "-1", "-2147483649", "x", "1e3", "1.5", " "}) {
            assertEquals(
                    "INVALID_INPUT",
                    assertThrows(ApiException.class, () -> QueryParameters.page(value), value)
                            .getCode());
            assertEquals(
                    "INVALID_INPUT",
                    assertThrows(ApiException.class, () -> QueryParameters.pageSize(value), value)
                            .getCode());
        }
        assertEquals(
                "pageSize must be between 1 and 100",
                assertThrows(ApiException.class, () -> QueryParameters.pageSize("2147483648"))
                        .getMessage());
    }

    @Test
    void absentPageAndSizeTakeTheContractsDefaults() {
        assertEquals(1, QueryParameters.page(null));
        assertEquals(25, QueryParameters.pageSize(null));
        assertEquals(100, QueryParameters.pageSize(" 100 "));
    }
}
