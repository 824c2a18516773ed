/** The demo world of the default run: never loaded in a production configuration. */
package org.ebox.demo;
