package org.ebox.web.session;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** After a change, the page is asked for anew (post-redirect-get): a reload never sends the change twice. */
public final class Redirects {

    private Redirects() {
    }

    /** To a page of the application, given from its root, e.g. "/app/home.xhtml". */
    public static void to(FacesContext faces, String page) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + page);
    }
}
