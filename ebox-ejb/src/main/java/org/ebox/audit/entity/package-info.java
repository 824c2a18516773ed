/** The append-only audit trail of the API. */
package org.ebox.audit.entity;
