/** The operators' services: each method for platform operators only, or for the jobs they start. */
package org.ebox.operations.boundary;
