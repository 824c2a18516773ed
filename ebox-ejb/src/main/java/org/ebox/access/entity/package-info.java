/** Persons and the roles the access management gives them for enterprises. */
package org.ebox.access.entity;
