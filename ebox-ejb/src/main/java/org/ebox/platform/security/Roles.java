package org.ebox.platform.security;

/**
 * The container roles of the e-Box, declared once. The authentication mechanism gives a request the roles of the
 * enterprise it acts for (a person's chosen enterprise, an API client's organisation); the EJB boundaries name the
 * roles that may call each method, so that a page or a resource that forgets a check still cannot act.
 */
public final class Roles {

    /** Every signed-in person, whatever enterprise is chosen. */
    public static final String PERSON = "PERSON";

    /** A person whose role for the enterprise acted for opens its e-Box (administrators, users with the box). */
    public static final String EBOX_READER = "EBOX_READER";

    /** The Chief Access Manager, a Local Administrator or a co-Local Administrator of the enterprise acted for. */
    public static final String ACCESS_MANAGER = "ACCESS_MANAGER";

    /** A Local Administrator or co-Local Administrator of the enterprise acted for. */
    public static final String ENTERPRISE_ADMINISTRATOR = "ENTERPRISE_ADMINISTRATOR";

    /** The CSAM roles themselves, for the enterprise acted for (named as {@code AccessRole}). */
    public static final String CHIEF_ACCESS_MANAGER = "CHIEF_ACCESS_MANAGER";

    public static final String LOCAL_ADMINISTRATOR = "LOCAL_ADMINISTRATOR";
    public static final String CO_LOCAL_ADMINISTRATOR = "CO_LOCAL_ADMINISTRATOR";
    public static final String USER = "USER";

    /** The service's own operators (the nightly runs), whatever enterprise is chosen. */
    public static final String PLATFORM_OPERATOR = "PLATFORM_OPERATOR";

    /** Every API caller with a valid bearer token. */
    public static final String API_CLIENT = "API_CLIENT";

    /** API callers by the scopes their token grants (the consultation profile and the sender guide). */
    public static final String SCOPE_SUMMARY_OWN_EBOX = "SCOPE_SUMMARY_OWN_EBOX";

    public static final String SCOPE_MESSAGES_FULL = "SCOPE_MESSAGES_FULL";
    public static final String SCOPE_REFERENCE_DATA = "SCOPE_REFERENCE_DATA";
    public static final String SCOPE_PUBLICATION_SENDER = "SCOPE_PUBLICATION_SENDER";

    private Roles() {}
}
