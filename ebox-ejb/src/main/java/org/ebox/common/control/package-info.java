/** Small helpers shared by the business components' logic. */
package org.ebox.common.control;
