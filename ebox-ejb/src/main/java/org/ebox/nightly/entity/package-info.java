/** What the nightly run records: its runs, the notification mails, and what stays of purged messages. */
package org.ebox.nightly.entity;
