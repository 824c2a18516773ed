package org.ebox.batch.boundary;

import org.ebox.platform.security.BoundaryRolesTest;

/** The boundary rule of the business core, on the EJB of this module: who may start and look at the runs. */
class BatchBoundaryRolesTest extends BoundaryRolesTest {

    @Override
    protected Class<?> moduleClass() {
        return NightlyJobs.class;
    }

    @Override
    protected int boundariesAtLeast() {
        return 1;
    }
}
