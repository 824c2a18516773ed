/** Helpers of the nightly run that hold no state: the text of the notification mail. */
package org.ebox.nightly.control;
