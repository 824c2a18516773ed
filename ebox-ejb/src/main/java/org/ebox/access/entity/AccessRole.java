package org.ebox.access.entity;

/**
 * The roles the access management (CSAM) gives a person for an enterprise. The Local Administrator and the
 * co-Local Administrator of the standard domains have the e-Box by right; a user only with the 'e-Box Administrator'
 * box ticked; the Chief Access Manager designates the others and manages access. The container roles they give are
 * in {@code org.ebox.platform.security.Roles}.
 */
public enum AccessRole {
    CHIEF_ACCESS_MANAGER,
    LOCAL_ADMINISTRATOR,
    CO_LOCAL_ADMINISTRATOR,
    USER;

    public boolean grantsEbox(boolean eboxAdministratorBox) {
        return switch (this) {
            case LOCAL_ADMINISTRATOR, CO_LOCAL_ADMINISTRATOR -> true;
            case USER -> eboxAdministratorBox;
            case CHIEF_ACCESS_MANAGER -> false;
        };
    }
}
