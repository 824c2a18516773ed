/** What every component stands on: the datasource, its schema migrations and unique keys, the attachment store. */
package org.ebox.platform;
