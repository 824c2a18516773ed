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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
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
