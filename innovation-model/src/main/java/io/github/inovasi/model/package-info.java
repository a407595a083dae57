/**
 * The nouns of Inovasi: immutable values for regions (pemda), agencies (perangkat daerah),
 * innovations, indicators, evidence, answers and assessments, the code lists of the
 * innovation profile, plus {@link io.github.inovasi.model.Problem} for located, bilingual
 * validation messages.
 *
 * <p>Every type is immutable and thread-safe, built with a {@code builder()} or {@code of(...)}
 * factory and copied with {@code withX(...)}; nothing is {@code null}: absent values are
 * {@link java.util.Optional}. Invariants are checked at construction and broken ones throw
 * {@link io.github.inovasi.model.InvalidValueException} naming the field, with a stable code
 * from {@link io.github.inovasi.model.ProblemCodes} and a bilingual message. Which rules are
 * construction invariants and which are findings of the validator is explained in {@link
 * io.github.inovasi.model.validation}.
 *
 * <ul>
 *   <li>Regions: {@link io.github.inovasi.model.Region}, {@link io.github.inovasi.model.RegionCode},
 *       {@link io.github.inovasi.model.Agency}; the real list is in {@link
 *       io.github.inovasi.model.reference.RegionDirectory}.
 *   <li>Profiles: {@link io.github.inovasi.model.Innovation} with {@link
 *       io.github.inovasi.model.Innovator}, {@link io.github.inovasi.model.Document}, {@link
 *       io.github.inovasi.model.Replication} and {@link io.github.inovasi.model.Coordinates}.
 *   <li>Indicators: {@link io.github.inovasi.model.Indicator}, {@link
 *       io.github.inovasi.model.IndicatorLevel}, {@link io.github.inovasi.model.MeasurementBasis}.
 *   <li>Reports: {@link io.github.inovasi.model.Answer}, {@link io.github.inovasi.model.Evidence},
 *       {@link io.github.inovasi.model.ReportedInnovation}, {@link io.github.inovasi.model.Assessment}.
 *   <li>Code lists, each a {@link io.github.inovasi.model.CodedValue}: {@link
 *       io.github.inovasi.model.Stage}, {@link io.github.inovasi.model.InnovationType}, {@link
 *       io.github.inovasi.model.InnovationForm}, {@link io.github.inovasi.model.Initiator},
 *       {@link io.github.inovasi.model.Theme}, {@link io.github.inovasi.model.GovernmentAffair},
 *       {@link io.github.inovasi.model.AffairGroup}, {@link io.github.inovasi.model.EvidenceKind},
 *       {@link io.github.inovasi.model.AgencyKind}, {@link io.github.inovasi.model.Aspect}.
 * </ul>
 */
@NullMarked
package io.github.inovasi.model;

import org.jspecify.annotations.NullMarked;
