/** The publication side of the contract: institutions publish into enterprises' e-Boxes. */
package org.ebox.web.rest.publication;
