/**
 * Build-time support shared by Inovasi's own modules (the Immutables style). Exported only to
 * Inovasi modules; not part of the public API.
 */
@NullMarked
package io.github.inovasi.model.internal;

import org.jspecify.annotations.NullMarked;
