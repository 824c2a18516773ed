/** Reference data of the senders: institutions, their applications and the types of message they publish. */
package org.ebox.institution.entity;
