/** A run of the nightly job, as recorded. */
package org.ebox.nightly.entity;
