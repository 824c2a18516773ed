/** What stays of a purged message: its id, its enterprise and when it was purged. */
package org.ebox.expiry.entity;
