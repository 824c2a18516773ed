/** The census job: counts over all boxes, run first every night. */
package org.ebox.batch.census;
