/**
 * Validation of assessments: {@link io.github.inovasi.model.validation.AssessmentValidator}
 * reports every problem at once, each a {@link io.github.inovasi.model.Problem} with a model
 * path ({@code innovations[3].answers[33]}), a stable code from {@link
 * io.github.inovasi.model.ProblemCodes} and a bilingual message.
 *
 * <h2>Which rules are construction invariants and which are findings</h2>
 *
 * <p>A rule is a <em>construction invariant</em>, checked by the builder's
 * {@code @Value.Check} and impossible to break in a built value, when a value breaking it has
 * no meaning at all: a claimed level outside 1 to 3 or a verified level outside 0 to 3, a
 * blank name or id, an indicator without exactly the levels 1, 2, 3, a non-positive weight,
 * a latitude beyond 90 degrees. Readers build values through {@link
 * io.github.inovasi.model.validation.AssessmentValidator#attempt} (or catch {@link
 * io.github.inovasi.model.InvalidValueException} and call {@code toProblem}), so each such
 * failure is still reported, located, with the builder's own code: the rule lives in one place.
 *
 * <p>A rule is a <em>finding</em>, reported by the validator on values that were built, when
 * real data breaks it and the data must survive so the problem can be shown and fixed rather
 * than lost: a trial date after the implementation date, a stage that does not fit the dates,
 * duplicate innovation ids or answers, an unknown region or agency, and every rule that needs
 * an edition's catalogue (unknown indicator, an SPD answer given for an SID indicator,
 * measurement bases, unanswered mandatory indicators). Findings that make an assessment
 * unusable are errors; doubtful ones (a claim without evidence, the main affair repeated
 * among the others) are warnings.
 *
 * <p>Edition rules that change over the years, such as the 300-word minimum of the 2026
 * design narrative or the eligibility window, are scoring rules and live with the editions,
 * not here.
 */
@NullMarked
package io.github.inovasi.model.validation;

import org.jspecify.annotations.NullMarked;
