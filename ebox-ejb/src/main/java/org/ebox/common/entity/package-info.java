/** Value types shared by every business component, such as texts in the four languages. */
package org.ebox.common.entity;
