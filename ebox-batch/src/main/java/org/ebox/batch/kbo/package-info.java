/**
 * The artifacts of the kbo-import job (META-INF/batch-jobs/kbo-import.xml): the extract's lines read in chunks into
 * the staging tables, then the register changed in one transaction. They only read and hand over; the rules are in
 * the business core's enterprise component (KboLines, KboStaging, KboRegisterUpdate).
 */
package org.ebox.batch.kbo;
