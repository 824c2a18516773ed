/** What a browser session knows: the person logged in and the enterprise the pages are about. */
package org.ebox.web.session;
