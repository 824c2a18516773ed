/** What the security layer and the pages call to find persons and what they may do. */
package org.ebox.access.boundary;
