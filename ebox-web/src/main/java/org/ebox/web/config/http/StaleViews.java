package org.ebox.web.config.http;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ebox.platform.security.RoleRefusal;

/**
 * A posted form whose view cannot be restored is stale, however it failed: its state expired with the session, was
 * never issued by this server (a forged ViewState), or claims to be stateless for a page that is not. Faces reports
 * the first as ViewExpiredException and the others as plain failures of the restore-view phase; this handler makes
 * them all a ViewExpiredException, which FailureAnswers answers with 400 and the page that offers to start again.
 * A failed ajax request asks for its page anew, so that no partial answer carries an exception.
 */
public class StaleViews extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(StaleViews.class.getName());

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
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null
                    && faces.getPartialViewContext().isAjaxRequest()
                    && getUnhandledExceptionQueuedEvents().iterator().hasNext()) {
                answerAjaxFailure(faces);
                return;
            }
            for (Iterator<ExceptionQueuedEvent> events =
                            getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext(); ) {
                ExceptionQueuedEventContext event = events.next().getContext();
                Throwable failure = event.getException();
                if (event.getPhaseId() == PhaseId.RESTORE_VIEW
                        && event.getContext().isPostback()
                        && !(failure instanceof ViewExpiredException)) {
                    events.remove();
                    String viewId = event.getContext().getExternalContext().getRequestServletPath();
                    throw new FacesException(
                            new ViewExpiredException("The posted view cannot be restored", failure, viewId));
                }
            }
            getWrapped().handle();
        }

        /**
         * An ajax request (the operators' page refreshing itself) that failed: Faces would write the exception's
         * class and message into its partial answer. Instead the page is asked for anew, which shows the start-again,
         * login or not-found page as a normal request would; the failure goes to the log only.
         */
        private void answerAjaxFailure(FacesContext faces) {
            for (Iterator<ExceptionQueuedEvent> events =
                            getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext(); ) {
                Throwable failure = events.next().getContext().getException();
                if (!RoleRefusal.isCauseOf(failure)) {
                    LOG.log(Level.WARNING, "Ajax request failed; the page is asked for anew", failure);
                }
                events.remove();
            }
            ExternalContext external = faces.getExternalContext();
            try {
                external.redirect(external.getRequestContextPath() + external.getRequestServletPath());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
