/** Where an enterprise is notified: its own address, else its Chief Access Manager's. */
package org.ebox.management.control;
