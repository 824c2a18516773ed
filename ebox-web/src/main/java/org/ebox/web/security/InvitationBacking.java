package org.ebox.web.security;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.ebox.access.boundary.InvitationRefused;
import org.ebox.access.boundary.Invitations;
import org.ebox.access.boundary.Invitations.InvitationView;
import org.ebox.access.boundary.Invitations.Standing;
import org.ebox.access.control.AuthenticatorCodes;
import org.ebox.web.session.Feedback;
import org.ebox.web.session.Redirects;

/**
 * The page an invitation's link opens (invitation.xhtml?token=…), before anyone is signed in: the person designated
 * chooses a password and sets up an authenticator app, and is then sent to the login page. The token and the new
 * app secret stay in this view on the server; the passwords are never kept beyond the request that sends them.
 */
@Named("invitation")
@ViewScoped
public class InvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FacesContext faces;

    @Inject
    Feedback feedback;

    // @Inject, not @EJB: a session bean's CDI reference is passivation capable, so the bean moves with the session.
    @Inject
    Invitations invitations;

    private String token;
    private InvitationView view;
    private String appSecret;
    private transient String password;
    private transient String repeated;
    private String code;

    /** Reads the invitation once, when the link is opened; the view keeps what it showed. */
    public void open() {
        if (view == null && token != null) {
            Optional<InvitationView> found = invitations.open(token);
            view = found.orElse(null);
            appSecret = AuthenticatorCodes.newSecret();
        }
    }

    /** The key of the refusal the page shows instead of the form, or null while the invitation is open. */
    public String getRefusal() {
        if (view == null) {
            return "invitation.refused.UNKNOWN";
        }
        return view.standing() == Standing.OPEN
                ? null
                : "invitation.refused." + view.standing().name();
    }

    public void accept() throws IOException {
        try {
            String login = invitations.accept(
                    token,
                    password == null ? null : password.toCharArray(),
                    repeated == null ? null : repeated.toCharArray(),
                    appSecret,
                    code);
            feedback.info("invitation.accepted", login);
            Redirects.to(faces, "/login.xhtml");
        } catch (InvitationRefused refused) {
            feedback.error("invitation.refused." + refused.reason().name());
            if (refused.reason() == InvitationRefused.Reason.USED
                    || refused.reason() == InvitationRefused.Reason.EXPIRED) {
                view = invitations.open(token).orElse(null);
            }
        } finally {
            password = null;
            repeated = null;
        }
    }

    public InvitationView getView() {
        return view;
    }

    /** The secret in groups of four, for typing it into an app by hand. */
    public String getSecretInGroups() {
        return appSecret == null ? null : appSecret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getQrCode() {
        return QrCodeSvg.of(
                AuthenticatorCodes.enrolmentUri(LoginSecurityBacking.ISSUER, view.login(), appSecret),
                LoginSecurityBacking.ISSUER);
    }

    public String getToken() {
        return token;
    }

    /** Taken from the link once: a later request of the same view cannot swap the invitation it works on. */
    public void setToken(String token) {
        if (this.token == null) {
            this.token = token;
        }
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
