package org.ebox.web.config.http;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;

/**
 * A posted form whose view cannot be restored is stale, however it failed: its state expired with the session, was
 * never issued by this server (a forged ViewState), or claims to be stateless for a page that is not. Faces reports
 * the first as ViewExpiredException and the others as plain failures of the restore-view phase; this handler makes
 * them all a ViewExpiredException, which FailureAnswers answers with 400 and the page that offers to start again.
 */
public class StaleViews extends ExceptionHandlerFactory {

    public StaleViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                 events.hasNext(); ) {
                ExceptionQueuedEventContext event = events.next().getContext();
                Throwable failure = event.getException();
                if (event.getPhaseId() == PhaseId.RESTORE_VIEW && event.getContext().isPostback()
                        && !(failure instanceof ViewExpiredException)) {
                    events.remove();
                    String viewId = event.getContext().getExternalContext().getRequestServletPath();
                    throw new FacesException(new ViewExpiredException("The posted view cannot be restored",
                            failure, viewId));
                }
            }
            getWrapped().handle();
        }
    }
}
