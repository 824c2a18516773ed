package org.ebox.web.session;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** After a change, the page is asked for anew (post-redirect-get): a reload never sends the change twice. */
public final class Redirects {

    private Redirects() {}

    /**
     * Instead of the page, 404: what is not the caller's (another enterprise's message or reply, an unknown id) is
     * not found, rather than forbidden, so that nobody learns that it exists.
     */
    public static void notFound(FacesContext faces) throws IOException {
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }

    /** To a page of the application, given from its root, e.g. "/app/home.xhtml". */
    public static void to(FacesContext faces, String page) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + page);
    }
}
