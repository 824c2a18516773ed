package org.ebox.enterprise.control;

import java.util.List;

/**
 * The files of the KBO/BCE open data extract the e-Box reads, with their columns in the order the FPS Economy's
 * cookbook (R018.00) gives them. A file whose first line names other columns is not read at all.
 */
public enum KboFile {
    META("meta", List.of("Variable", "Value")),
    ENTERPRISE(
            "enterprise",
            List.of(
                    "EnterpriseNumber",
                    "Status",
                    "JuridicalSituation",
                    "TypeOfEnterprise",
                    "JuridicalForm",
                    "JuridicalFormCAC",
                    "StartDate")),
    DENOMINATION("denomination", List.of("EntityNumber", "Language", "TypeOfDenomination", "Denomination")),
    ADDRESS(
            "address",
            List.of(
                    "EntityNumber",
                    "TypeOfAddress",
                    "CountryNL",
                    "CountryFR",
                    "Zipcode",
                    "MunicipalityNL",
                    "MunicipalityFR",
                    "StreetNL",
                    "StreetFR",
                    "HouseNumber",
                    "Box",
                    "ExtraAddressInfo",
                    "DateStrikingOff")),
    CONTACT("contact", List.of("EntityNumber", "EntityContact", "ContactType", "Value"));

    private final String baseName;
    private final List<String> columns;

    KboFile(String baseName, List<String> columns) {
        this.baseName = baseName;
        this.columns = columns;
    }

    /** The file's name in a full extract. */
    public String fullName() {
        return baseName + ".csv";
    }

    /** The file's names in an update extract: the entities whose rows go, and all current rows of those entities. */
    public String deleteName() {
        return baseName + "_delete.csv";
    }

    public String insertName() {
        return baseName + "_insert.csv";
    }

    public List<String> columns() {
        return columns;
    }

    /** What a file of an extract holds: all rows of a full extract, or an update's removals or insertions. */
    public enum Kind {
        FULL,
        REMOVALS,
        INSERTS
    }

    /**
     * One CSV file of an extract, as the import reads it. An update's removals list only the entities whose rows go,
     * under the file's first column.
     */
    public record Part(KboFile file, Kind kind) implements java.io.Serializable {
        public String name() {
            return switch (kind) {
                case FULL -> file.fullName();
                case REMOVALS -> file.deleteName();
                case INSERTS -> file.insertName();
            };
        }

        public List<String> columns() {
            return kind == Kind.REMOVALS ? List.of(file.columns().get(0)) : file.columns();
        }
    }
}
