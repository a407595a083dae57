/**
 * Reference data shipped with Inovasi: the Kemendagri list of regions with their award
 * categories ({@link io.github.inovasi.model.reference.RegionDirectory}) and the code lists of
 * the innovation profile ({@link io.github.inovasi.model.reference.CodeLists}: government
 * affairs, stages, forms, initiators, themes, evidence and agency kinds), each with bilingual
 * labels and lookups by code.
 *
 * <p>The region data is a derived database under the Open Database License; {@link
 * io.github.inovasi.model.reference.RegionDirectory#attribution()} gives the attribution that
 * must travel with it, and {@link io.github.inovasi.model.reference.RegionDirectory#provenance()}
 * the bundled sources and known gaps (notably an incomplete daerah perbatasan list).
 */
@NullMarked
package io.github.inovasi.model.reference;

import org.jspecify.annotations.NullMarked;
