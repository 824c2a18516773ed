package org.ebox.enterprise.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ebox.enterprise.control.DomainFile.Problem;
import org.ebox.enterprise.control.DomainFile.Reason;
import org.ebox.enterprise.entity.EnterpriseDomain;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.junit.jupiter.api.Test;

class DomainFileTest {

    private static DomainFile.Parsed read(String text) {
        return DomainFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachLineGivesAnEnterpriseWrittenAsPeopleWriteItItsDomain() {
        DomainFile.Parsed parsed = read("""
                EnterpriseNumber,Domain
                0403.170.701,NSSO_EMPLOYER
                "BE 0202.239.951", company_without_staff
                """);
        assertEquals(List.of(), parsed.problems());
        assertEquals(
                List.of(
                        new DomainFile.Assignment(
                                2, new EnterpriseNumber("0403170701"), EnterpriseDomain.NSSO_EMPLOYER),
                        new DomainFile.Assignment(
                                3, new EnterpriseNumber("0202239951"), EnterpriseDomain.COMPANY_WITHOUT_STAFF)),
                parsed.assignments());
    }

    @Test
    void everyBadLineIsNamedWithWhatIsWrong() {
        DomainFile.Parsed parsed = read("""
                EnterpriseNumber,Domain
                0403.170.702,NSSO_EMPLOYER
                0403.170.701,EMPLOYER
                0403.170.701
                0202.239.951,NSSO_EMPLOYER
                0202239951,COMPANY_WITHOUT_STAFF
                """);
        assertEquals(
                List.of(
                        new Problem(2, Reason.NUMBER, "0403.170.702"),
                        new Problem(3, Reason.DOMAIN, "EMPLOYER"),
                        new Problem(4, Reason.COLUMNS, "0403.170.701"),
                        new Problem(6, Reason.DUPLICATE, "0202239951")),
                parsed.problems());
    }

    @Test
    void aFileWithoutTheColumnNamesIsRefusedAtItsFirstLine() {
        assertEquals(
                List.of(new Problem(1, Reason.HEADER, "0403.170.701,NSSO_EMPLOYER")),
                read("0403.170.701,NSSO_EMPLOYER\n").problems());
        assertEquals(List.of(new Problem(1, Reason.HEADER, "")), read("").problems());
    }
}
