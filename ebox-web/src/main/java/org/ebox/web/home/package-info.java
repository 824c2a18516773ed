/** The home page after login. */
package org.ebox.web.home;
