/** The consultation side of the contract: a company's software reads and masks its own e-Box. */
package org.ebox.web.rest.consultation;
