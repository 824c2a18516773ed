/** What the pages, the API and the jobs call to consult and change messages. */
package org.ebox.message.boundary;
