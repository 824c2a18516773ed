/** What the web and API layers call to read and change enterprises. */
package org.ebox.enterprise.boundary;
