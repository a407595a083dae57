/** Implementation details of scoring; not exported. */
package io.github.inovasi.scoring.internal;
