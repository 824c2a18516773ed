/** The logic behind the message boundary: the box queries on indexed columns. */
package org.ebox.message.control;
