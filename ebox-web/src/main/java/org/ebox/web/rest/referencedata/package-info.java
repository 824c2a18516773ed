/** The reference data side of the contract: who sends what. */
package org.ebox.web.rest.referencedata;
