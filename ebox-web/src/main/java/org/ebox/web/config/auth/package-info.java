/** Security in one place: the authentication mechanism and the identity store. */
package org.ebox.web.config.auth;
