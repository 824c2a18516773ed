package org.ebox.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The e-Box Message Registry REST API (contract v2.1), under the base path an institution or a company's software
 * sets instead of the real service's. Every path under it needs a bearer token (see security).
 */
@ApplicationPath(MessageRegistryApi.BASE_PATH)
public class MessageRegistryApi extends Application {

    public static final String BASE_PATH = "/REST/ebox/enterprise/messageRegistry/v2";
}
