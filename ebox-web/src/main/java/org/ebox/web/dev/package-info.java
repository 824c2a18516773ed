/** What only a development or test run has: the mailbox that shows the mails the e-Box sent. */
package org.ebox.web.dev;
