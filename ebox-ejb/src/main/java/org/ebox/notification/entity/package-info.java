/** The notices of a message (what, when due, when sent) and their kinds. */
package org.ebox.notification.entity;
