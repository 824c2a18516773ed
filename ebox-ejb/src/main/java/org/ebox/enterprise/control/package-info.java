/** The rules about enterprises that several boundaries need. */
package org.ebox.enterprise.control;
