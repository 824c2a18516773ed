/** The official contract's types, and nothing more. */
package org.ebox.web.rest.contract;
