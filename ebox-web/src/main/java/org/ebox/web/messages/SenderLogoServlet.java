package org.ebox.web.messages;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.ebox.institution.boundary.ReferenceData;
import org.ebox.institution.entity.SenderImage;
import org.ebox.platform.ContentStore;

/** GET /app/logo?id=…: a sender's logo for the message lists, kept two days by the browser like the API's. */
@WebServlet("/app/logo")
public class SenderLogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    ReferenceData referenceData;

    @Inject
    ContentStore contentStore;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SenderImage> image = referenceData.image(request.getParameter("id"));
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Headers.forFile(
                response, image.get().getMediaType(), image.get().getContent().sizeInBytes());
        response.setHeader("Cache-Control", "private, max-age=172800");
        try (InputStream in = contentStore.open(image.get().getContent());
                OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
