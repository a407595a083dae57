/** Helpers shared by the readers; not exported. */
package io.github.inovasi.io.internal;
