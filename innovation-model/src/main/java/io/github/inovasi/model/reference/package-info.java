/**
 * Reference data shipped with Inovasi: the Kemendagri list of regions with their award
 * categories, and the code lists of the innovation profile (government affairs, stages, forms,
 * initiators, themes), each with bilingual labels and lookups by code.
 */
package io.github.inovasi.model.reference;
