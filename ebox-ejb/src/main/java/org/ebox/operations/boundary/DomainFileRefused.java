package org.ebox.operations.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.ebox.enterprise.control.DomainFile;

/** A file of domains with bad lines: nothing of it was taken. The page lists the lines and what is wrong with each. */
@ApplicationException(rollback = true)
public class DomainFileRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<DomainFile.Problem> problems;

    public DomainFileRefused(List<DomainFile.Problem> problems) {
        super(problems.size() + " bad lines, the first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<DomainFile.Problem> getProblems() {
        return problems;
    }
}
