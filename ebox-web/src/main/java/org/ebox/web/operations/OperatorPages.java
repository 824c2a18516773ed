package org.ebox.web.operations;

import jakarta.faces.context.FacesContext;
import java.util.Optional;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.platform.security.Roles;
import org.ebox.web.session.Feedback;

/** What the operators' pages ask before a change; the services check the role again. */
final class OperatorPages {

    private OperatorPages() {}

    /** Whether the person is a platform operator; if not, says so and the change is not made. */
    static boolean mayOperate(FacesContext faces, Feedback feedback) {
        if (!faces.getExternalContext().isUserInRole(Roles.PLATFORM_OPERATOR)) {
            feedback.error("register.notAllowed");
            return false;
        }
        return true;
    }

    /** The enterprise number typed, with or without dots; empty, and said so, when it is none. */
    static Optional<EnterpriseNumber> enterpriseNumber(String typed, Feedback feedback) {
        try {
            return Optional.of(EnterpriseNumber.parse(typed));
        } catch (IllegalArgumentException notANumber) {
            feedback.error("register.domain.number", String.valueOf(typed));
            return Optional.empty();
        }
    }
}
