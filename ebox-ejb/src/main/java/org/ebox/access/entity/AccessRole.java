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

    /** The enterprise's administrators, as the guide names them: its Local and co-Local Administrators. */
    public static final java.util.Set<AccessRole> ADMINISTRATORS =
            java.util.Collections.unmodifiableSet(java.util.EnumSet.of(LOCAL_ADMINISTRATOR, CO_LOCAL_ADMINISTRATOR));

    /** The roles whose holders speak for the enterprise: its Chief Access Manager and its administrators. */
    public static final java.util.Set<AccessRole> MANAGERS = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(CHIEF_ACCESS_MANAGER, LOCAL_ADMINISTRATOR, CO_LOCAL_ADMINISTRATOR));

    public boolean isAdministrator() {
        return ADMINISTRATORS.contains(this);
    }

    public boolean grantsEbox(boolean eboxAdministratorBox) {
        return isAdministrator() || (this == USER && eboxAdministratorBox);
    }
}
