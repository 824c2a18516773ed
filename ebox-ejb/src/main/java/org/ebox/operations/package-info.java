/**
 * The platform operators' administration of the e-Box: the register of enterprises loaded from the KBO/BCE open
 * data, and (to come) the institutions, the people invited and the API clients. It stands above the domain it fills,
 * and records every operator's action in the change records.
 */
package org.ebox.operations;
