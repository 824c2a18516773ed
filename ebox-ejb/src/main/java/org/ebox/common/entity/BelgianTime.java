package org.ebox.common.entity;

import java.time.ZoneId;

/**
 * The service's calendar: days, nights and dates are Belgium's (a message published on 1 July is published on
 * 1 July in Brussels, whatever the server's zone), with its summer and winter time.
 */
public final class BelgianTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private BelgianTime() {}
}
