/** The API's bearer tokens: verification, scopes, and the development token minter. */
package org.ebox.web.rest.security;
