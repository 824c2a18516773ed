package org.ebox.batch.kbo;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ebox.enterprise.control.KboExtract;
import org.ebox.enterprise.control.KboFile;
import org.ebox.enterprise.control.KboRows;
import org.ebox.enterprise.control.KboStaging;
import org.ebox.operations.boundary.KboImportSteps;

/**
 * Reads the extract's files one after the other, a line at a time. Its checkpoint is the file and the number of its
 * lines taken: a restart opens the extract again and passes over them.
 */
@Dependent
@Named("kboLineReader")
public class KboLineReader extends AbstractItemReader {

    /** Where the reading stands: the part being read, its lines taken, and the lines and bytes of the parts before. */
    record Position(int part, long linesTaken, long linesBefore, long bytesBefore) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A line with how far the reading went when it was read, for the import's counts. */
    record ReadLine(KboStaging.Item item, long linesRead, long bytesRead) {}

    @EJB
    KboImportSteps steps;

    @Inject
    JobContext job;

    private KboExtract extract;
    private List<KboFile.Part> parts;
    private KboRows rows;
    private Position position;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        extract = KboExtract.open(steps.extractOf(ImportOfJob.idOf(job)));
        parts = extract.parts();
        position = checkpoint instanceof Position restart ? restart : new Position(0, 0, 0, 0);
        if (position.part() < parts.size()) {
            rows = extract.rows(parts.get(position.part()), position.linesTaken());
        }
    }

    @Override
    public Object readItem() throws Exception {
        while (rows != null && !rows.hasNext()) {
            long bytesBefore = position.bytesBefore() + extract.size(parts.get(position.part()));
            rows.close();
            rows = null;
            position =
                    new Position(position.part() + 1, 0, position.linesBefore() + position.linesTaken(), bytesBefore);
            if (position.part() < parts.size()) {
                rows = extract.rows(parts.get(position.part()), 0);
            }
        }
        if (rows == null) {
            return null;
        }
        KboRows.Line line = rows.next();
        position = new Position(
                position.part(), position.linesTaken() + 1, position.linesBefore(), position.bytesBefore());
        return new ReadLine(
                new KboStaging.Item(parts.get(position.part()), line),
                position.linesBefore() + position.linesTaken(),
                position.bytesBefore() + rows.bytesRead());
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }

    @Override
    public void close() throws Exception {
        if (rows != null) {
            rows.close();
        }
        if (extract != null) {
            extract.close();
        }
    }
}
