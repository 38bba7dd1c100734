/**
 * Product photos as plain Java: an upload is checked by its content (the decoder must
 * recognise JPEG, PNG or WebP; the pixel count is read from the header and refused before
 * any pixel is decoded, so a decompression bomb costs nothing), then re-encoded as a card
 * (320 × 240, at most 20 KB) and a detail image (at most 1024 px on its long side).
 * Re-encoding from pixels is also what strips the metadata: nothing of the upload but its
 * pixels survives, so a phone's EXIF GPS position never reaches a buyer. No Spring here;
 * {@code PhotoArchitectureTests} keeps it so.
 */
@NullMarked
package org.isoko.catalog.photos;

import org.jspecify.annotations.NullMarked;
