package org.ebox.enterprise.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnterpriseNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0206731645", "0403170701", "1000000021"})
    void numberIsValidWhenLastTwoDigitsAre97MinusTheFirstEightMod97(String number) {
        long firstEight = Long.parseLong(number.substring(0, 8));
        assertEquals(97 - firstEight % 97, Long.parseLong(number.substring(8)), "test data itself is right");
        assertTrue(EnterpriseNumber.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0206731646", "0403170702", "2206731645", "020673164", "02067316455", "02067316ab", ""})
    void numberWithWrongCheckDigitsLengthOrFirstDigitIsRefused(String number) {
        assertFalse(EnterpriseNumber.isValid(number));
        assertThrows(IllegalArgumentException.class, () -> new EnterpriseNumber(number));
    }

    @Test
    void writtenFormsAreReadAsTenDigits() {
        assertEquals("0403170701", EnterpriseNumber.parse("0403.170.701").value());
        assertEquals("0403170701", EnterpriseNumber.parse("BE 0403 170 701").value());
        assertEquals("0403170701", EnterpriseNumber.parse("403.170.701").value(), "old nine-digit form");
    }

    @Test
    void formattedNumberHasDotsAfterTheFourthAndSeventhDigit() {
        assertEquals("0403.170.701", new EnterpriseNumber("0403170701").formatted());
    }

    @Test
    void checkDigitsAreComputedForAnyBase() {
        EnterpriseNumber number = EnterpriseNumber.withCheckDigits("04031707");
        assertEquals("0403170701", number.value());
        assertEquals("1000000021", EnterpriseNumber.withCheckDigits("10000000").value());
    }

    @Test
    void baseThatIsAMultipleOf97GetsCheckDigits97() {
        assertEquals("0000009797", EnterpriseNumber.withCheckDigits("00000097").value());
    }
}
