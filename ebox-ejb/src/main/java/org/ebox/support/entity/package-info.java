/** A person's message to the support desk, as kept. */
package org.ebox.support.entity;
