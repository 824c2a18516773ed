/** What every component stands on: the datasource and its schema migrations, the attachment store, demo data. */
package org.ebox.platform;
