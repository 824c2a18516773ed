/**
 * What every HTTP answer carries and how every failure is answered: security headers, the same-origin rule for
 * browser changes, the session cookie's attributes, and error answers that never show the server's insides.
 */
package org.ebox.web.config.http;
