/**
 * Identity's newer HTTP: a seller's registration documents (the seller's page
 * {@code /seller/documents}, the operator's review, the files at {@code /documents/…} and
 * {@code /api/v1/organisations/{id}/documents}). Internal to the identity module; its
 * older controllers still sit at the module's root.
 */
@NullMarked
package org.isoko.identity.web;

import org.jspecify.annotations.NullMarked;
