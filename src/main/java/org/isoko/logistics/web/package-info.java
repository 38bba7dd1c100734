/**
 * Logistics over HTTP: the parcels, consignments, tracking and carrier webhook API, and
 * the pages of agents, sellers, buyers and the public tracking page.
 */
@NullMarked
package org.isoko.logistics.web;

import org.jspecify.annotations.NullMarked;
