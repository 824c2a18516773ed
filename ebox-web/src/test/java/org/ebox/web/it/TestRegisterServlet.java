package org.ebox.web.it;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.enterprise.entity.EnterpriseDomain;
import org.ebox.enterprise.entity.EnterpriseNumber;

/**
 * Only in the tests' deployments: puts an enterprise of the test's own in the register (POST number=, name=), as a
 * KBO import would, without an import that other test classes on the same database would have to follow.
 */
@WebServlet("/test-only/register")
public class TestRegisterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EnterpriseNumber number = EnterpriseNumber.parse(request.getParameter("number"));
        try {
            transaction.begin();
            em.persist(
                    new Enterprise(number, request.getParameter("name"), EnterpriseDomain.COMPANY_WITHOUT_STAFF, null));
            transaction.commit();
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
