/** MicroProfile Health checks, served by Payara at /health. */
package org.ebox.web.health;
