package org.ebox.web.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Only in the tests' deployments: the service's time, for a browser test to compute the authenticator app's code the
 * service expects (GET: epoch seconds), and to move it on to the next time step instead of waiting for it (POST
 * seconds=N). The clock only ever moves forward, by whole steps: the service sees a later login, never an earlier one.
 */
@WebServlet("/test-only/service-clock")
public class ServiceClockServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The database: which app-code step a person used last (another test class may have logged the person in). */
    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        String login = request.getParameter("lastStepOf");
        if (login != null) {
            Long step = em.createQuery("select p.totpLastStep from Person p where p.login = :login", Long.class)
                    .setParameter("login", login)
                    .getResultStream()
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElse(Long.MIN_VALUE);
            response.getWriter().print(step);
            return;
        }
        response.getWriter().print(MovableClock.instant().getEpochSecond());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long seconds = Long.parseLong(request.getParameter("seconds"));
        if (seconds <= 0 || seconds > 3600) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        MovableClock.moveOn(Duration.ofSeconds(seconds));
        doGet(request, response);
    }
}
