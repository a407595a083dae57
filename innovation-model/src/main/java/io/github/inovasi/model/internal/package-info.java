/**
 * Build-time support shared by Inovasi's own modules (the Immutables style). Exported only to
 * Inovasi modules; not part of the public API.
 */
package io.github.inovasi.model.internal;
