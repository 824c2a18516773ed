/** The nightly run's plain parts: what a piece of a run did, added to the run's counts. */
package org.ebox.nightly.control;
