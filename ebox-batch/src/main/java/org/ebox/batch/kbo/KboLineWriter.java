package org.ebox.batch.kbo;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ebox.enterprise.control.KboStaging;
import org.ebox.operations.boundary.KboImportSteps;

/** Stages a chunk of lines, with the counts of how far the reading went (KboImportSteps: its own transaction). */
@Dependent
@Named("kboLineWriter")
public class KboLineWriter extends AbstractItemWriter {

    @EJB
    KboImportSteps steps;

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        List<KboLineReader.ReadLine> lines =
                items.stream().map(KboLineReader.ReadLine.class::cast).toList();
        KboLineReader.ReadLine last = lines.get(lines.size() - 1);
        List<KboStaging.Item> staged =
                lines.stream().map(KboLineReader.ReadLine::item).toList();
        steps.stage(ImportOfJob.idOf(job), staged, last.linesRead(), last.bytesRead());
    }
}
