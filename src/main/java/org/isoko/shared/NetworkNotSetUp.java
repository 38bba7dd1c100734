package org.isoko.shared;

/**
 * The hub network is still empty (a first start on a fresh database): there is no hub, so
 * nothing can be shown or sold yet. Not a fault: an administrator signs in and adds the
 * first country, hub and corridor. Answered with 409 and that explanation on the API, and
 * a page with the links to do it.
 */
public class NetworkNotSetUp extends Conflict {

	public static final String SETUP_PATH = "/network";

	public NetworkNotSetUp() {
		super("Isoko's hub network is not set up yet: there is no hub. An administrator signs in and adds the first "
				+ "country (POST /api/v1/countries), hub (POST /api/v1/hubs) and corridor (POST /api/v1/corridors), or "
				+ "on the pages at " + SETUP_PATH + ".");
	}

}
