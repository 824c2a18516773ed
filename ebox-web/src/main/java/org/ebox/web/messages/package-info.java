/** The message screens: the three folders, search, a message, its files, pickup, reply, the Outbox and the ZIP. */
package org.ebox.web.messages;
