package org.ebox.web.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchDatesTest {

    private static final LocalDate FIRST_OF_JULY = LocalDate.of(2026, 7, 1);

    @Test
    void eachLanguagesWayOfWritingADateIsUnderstoodOnEveryPage() {
        for (String written : new String[] {
            "1/7/2026", "01/07/2026", "1-7-2026", "01-07-2026", "1.7.2026", "01.07.2026", " 1 / 7 / 2026 ", "2026-07-01"
        }) {
            assertEquals(Optional.of(FIRST_OF_JULY), SearchDates.parse(written), written);
        }
    }

    @Test
    void whatIsNoDayOfTheCalendarIsNoDate() {
        for (String written : new String[] {"31/02/2026", "13/13/2026", "7/1", "tomorrow", "", "2026-7", "1/7/26"}) {
            assertTrue(SearchDates.parse(written).isEmpty(), written);
        }
        assertTrue(SearchDates.parse(null).isEmpty());
    }

    @Test
    void aDateIsShownInThePageLanguagesPattern() {
        assertEquals("01-07-2026", SearchDates.format(FIRST_OF_JULY, "dd-MM-yyyy"));
        assertEquals("01.07.2026", SearchDates.format(FIRST_OF_JULY, "dd.MM.yyyy"));
    }
}
