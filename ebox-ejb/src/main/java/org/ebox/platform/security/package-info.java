/**
 * Who calls, as the container knows it: the e-Box's container roles, declared once, and the caller principal that
 * carries the organisation a caller acts for, so that every boundary takes it from the caller's own security context
 * instead of trusting what a page or a request hands it.
 */
package org.ebox.platform.security;
