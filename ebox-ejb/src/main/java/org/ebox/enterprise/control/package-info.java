/** The enterprise component's rules: reading the Crossroads Bank for Enterprises' open data extract. */
package org.ebox.enterprise.control;
