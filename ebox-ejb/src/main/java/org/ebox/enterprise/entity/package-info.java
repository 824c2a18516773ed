/** Enterprises that own an e-Box, identified by their CBE enterprise number. */
package org.ebox.enterprise.entity;
