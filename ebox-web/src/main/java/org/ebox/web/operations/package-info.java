/** The platform operators' pages: the nightly runs of the whole cluster. */
package org.ebox.web.operations;
