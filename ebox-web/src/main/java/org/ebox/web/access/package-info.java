/** Access management: who may act for the enterprise, and their 'e-Box Administrator' box. */
package org.ebox.web.access;
