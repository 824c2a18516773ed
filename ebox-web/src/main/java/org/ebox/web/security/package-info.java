/** Login security: the person's authenticator app and its QR code. */
package org.ebox.web.security;
