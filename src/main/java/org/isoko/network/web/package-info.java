/**
 * The hub network's REST API ({@code /api/v1/countries}, {@code /hubs},
 * {@code /corridors}, {@code /fx-rates}) and its pages (the home page, {@code /network}
 * and the operators' forms). Internal to the network module.
 */
@NullMarked
package org.isoko.network.web;

import org.jspecify.annotations.NullMarked;
