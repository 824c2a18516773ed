package org.ebox.platform.security;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.Objects;

/**
 * The caller of a request as the authentication mechanism established it: its name (a person's login, an API
 * client's id), the id under which its acts are recorded (the person's id, the client's id), and the organisation it
 * acts for now (the enterprise a person chose and holds an access for, the enterprise or institution of an API
 * client's token), or none.
 */
public class Caller extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final String actorId;
    private final String actingFor;

    public Caller(String name, String actorId, String actingFor) {
        super(Objects.requireNonNull(name));
        this.actorId = Objects.requireNonNull(actorId);
        this.actingFor = actingFor;
    }

    public String actorId() {
        return actorId;
    }

    /** The enterprise number (or institution's CBE number) the caller acts for, or null. */
    public String actingFor() {
        return actingFor;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Caller caller
                && caller.getName().equals(getName())
                && caller.actorId.equals(actorId)
                && Objects.equals(caller.actingFor, actingFor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getName(), actorId, actingFor);
    }

    @Override
    public String toString() {
        return "Caller[" + getName() + (actingFor == null ? "" : " for " + actingFor) + "]";
    }
}
