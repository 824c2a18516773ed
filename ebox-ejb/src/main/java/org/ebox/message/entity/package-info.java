/** Messages in the enterprises' e-Boxes, their attachments and their state (read, masked, picked up). */
package org.ebox.message.entity;
