package org.ebox.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.ebox.access.boundary.AccessRefused;
import org.ebox.web.i18n.Language;

/** Messages to the person, in the person's language, that survive the redirect after a change (post-redirect-get). */
@RequestScoped
public class Feedback {

    @Inject
    FacesContext faces;

    @Inject
    Language language;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** The refusal's reason, told in words. */
    public void refused(AccessRefused refused) {
        error("refused." + refused.reason().name());
    }

    /** A text of the pages' bundle in the person's language, for a page's bean. */
    public String text(String key) {
        // A view action runs before f:view has set the page's locale: the bundle would follow the browser's.
        if (faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(language.getLocale());
        }
        ResourceBundle i18n = faces.getApplication().getResourceBundle(faces, "i18n");
        return i18n.getString(key);
    }

    private void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = arguments.length == 0
                ? text(key)
                : new MessageFormat(text(key), language.getLocale()).format(arguments);
        faces.addMessage(null, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
