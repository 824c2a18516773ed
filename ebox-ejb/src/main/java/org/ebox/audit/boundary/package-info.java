/** What the API's audit filter calls to append to the trail. */
package org.ebox.audit.boundary;
