/** The JAX-RS API that speaks the official e-Box Message Registry contract, and its error answers. */
package org.ebox.web.rest;
