package org.ebox.web.setup;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.ebox.access.boundary.AccessRefused;
import org.ebox.operations.boundary.FirstOperator;
import org.ebox.operations.boundary.FirstOperatorRefused;

/**
 * POST /setup/first-operator (token, email, givenName, familyName, language), what {@code ./ebox first-operator}
 * sends: 201 with the one-time link of the first operator's invitation as plain text; 409 once the e-Box has an
 * operator, 403 for a token that is not the data folder's, 400 for an address or names the e-Box refuses.
 */
@WebServlet("/setup/first-operator")
public class FirstOperatorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("org.ebox.web.i18n.messages", Locale.ROOT);

    @EJB
    transient FirstOperator firstOperator;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            String link = firstOperator.create(
                    request.getParameter("token"),
                    request.getParameter("email"),
                    request.getParameter("givenName"),
                    request.getParameter("familyName"),
                    request.getParameter("language"));
            response.setStatus(HttpServletResponse.SC_CREATED);
            response.getWriter().print(link);
        } catch (FirstOperatorRefused refused) {
            boolean setUp = refused.reason() == FirstOperatorRefused.Reason.ALREADY_SET_UP;
            response.setStatus(setUp ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_FORBIDDEN);
            response.getWriter()
                    .println(
                            setUp
                                    ? "This e-Box has a platform operator already: operators designate the next ones."
                                    : "This is not the setup token of the data folder, or it was used already"
                                            + " (a restart of the e-Box writes a new one while it has no operator).");
        } catch (AccessRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter()
                    .println(ENGLISH.getString("refused." + refused.reason().name()));
        }
    }
}
