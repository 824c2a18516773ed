/** Login and logout pages. */
package org.ebox.web.auth;
