/**
 * The operators' JSON API, a path of this e-Box's own beside the contract: what the operators' pages do, for agencies
 * that script their onboarding. Only tokens with the scope {@code ebox:operations} reach it.
 */
package org.ebox.web.rest.operations;
