/**
 * e-Box Management, as the guide names it: the enterprise's notification address and its consent to go fully
 * digital, given by its administrators.
 */
package org.ebox.management.boundary;
