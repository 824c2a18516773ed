package org.ebox.access.entity;

/**
 * The roles the access management (CSAM) gives a person for an enterprise. The Local Administrator and the
 * co-Local Administrator of the standard domains have the e-Box by right; a user only with the 'e-Box Administrator'
 * box ticked; the Chief Access Manager designates the others and manages access.
 */
public enum AccessRole {
    CHIEF_ACCESS_MANAGER,
    LOCAL_ADMINISTRATOR,
    CO_LOCAL_ADMINISTRATOR,
    USER;

    /** The container role every authenticated person holds; finer rules are checked per enterprise. */
    public static final String AUTHENTICATED = "PERSON";

    /** The container role of a person who may open the e-Box of at least one enterprise. */
    public static final String EBOX_READER = "EBOX_READER";

    /** The container role of the service's own operators (the nightly run's page), whatever enterprise is chosen. */
    public static final String PLATFORM_OPERATOR = "PLATFORM_OPERATOR";

    public boolean grantsEbox(boolean eboxAdministratorBox) {
        return switch (this) {
            case LOCAL_ADMINISTRATOR, CO_LOCAL_ADMINISTRATOR -> true;
            case USER -> eboxAdministratorBox;
            case CHIEF_ACCESS_MANAGER -> false;
        };
    }
}
