package io.github.inovasi.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.inovasi.model.internal.InovasiStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The profile of one regional innovation (profil inovasi daerah), with every field of the IID
 * proposal (proposal inovasi daerah): name, type, form, initiator, stage, theme, government
 * affairs, trial and implementation dates, the four narratives, innovators, documents,
 * replications and the fields added in 2026. Answers to the indicators are kept apart, in
 * {@link ReportedInnovation}.
 *
 * <p>Construction checks only what makes a value meaningless (a blank id or name, a blank
 * text where a value is present); facts that are wrong in the real world but must still be
 * representable so they can be reported, such as a trial date after the implementation date,
 * are findings of the validator (see the package documentation).
 *
 * <pre>{@code
 * Innovation sehati = Innovation.builder()
 *     .id("rote-001")
 *     .name("SEHATI: Sehat Ibu dan Anak Terpadu")
 *     .type(InnovationType.NON_DIGITAL)
 *     .form(InnovationForm.PUBLIC_SERVICE)
 *     .initiator(Initiator.AGENCY)
 *     .stage(Stage.IMPLEMENTATION)
 *     .mainAffair(GovernmentAffair.HEALTH)
 *     .implementationDate(LocalDate.of(2024, 7, 1))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Innovation implements WithInnovation {
  Innovation() {}

  /**
   * Returns the id of the innovation, unique within an assessment.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the name (nama inovasi).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the id of the agency or unit that runs the innovation (perangkat daerah / unit:
   * UPTD, puskesmas, sekolah), see {@link Agency#id()}.
   *
   * @return the agency id, if known
   */
  public abstract Optional<String> agencyId();

  /**
   * Returns the type (jenis): digital or non-digital.
   *
   * @return the type
   */
  public abstract InnovationType type();

  /**
   * Returns the form (bentuk): governance, public service or other.
   *
   * @return the form
   */
  public abstract InnovationForm form();

  /**
   * Returns the initiator (inisiator).
   *
   * @return the initiator
   */
  public abstract Initiator initiator();

  /**
   * Returns the stage (tahapan): initiative, trial or implementation.
   *
   * @return the stage
   */
  public abstract Stage stage();

  /**
   * Returns the thematic tag (tematik), as asked in 2023.
   *
   * @return the theme, if given
   */
  public abstract Optional<Theme> theme();

  /**
   * Returns the main government affair (urusan utama).
   *
   * @return the main affair
   */
  public abstract GovernmentAffair mainAffair();

  /**
   * Returns the other government affairs the innovation touches (urusan lain).
   *
   * @return the other affairs, possibly empty
   */
  public abstract ImmutableSet<GovernmentAffair> otherAffairs();

  /**
   * Returns when the trial started (waktu uji coba).
   *
   * @return the trial date, if there was a trial
   */
  public abstract Optional<LocalDate> trialDate();

  /**
   * Returns when the innovation was put into practice (waktu penerapan).
   *
   * @return the implementation date, if it has been implemented
   */
  public abstract Optional<LocalDate> implementationDate();

  /**
   * Returns the latest documented renewal or development of the innovation (tanggal pembaharuan).
   * An innovation implemented before an edition's window may still be assessed when it shows
   * renewal (pembaharuan) inside the window.
   *
   * @return the renewal date, if the innovation was renewed or developed further
   */
  public abstract Optional<LocalDate> renewalDate();

  /**
   * Returns the design and main changes (rancang bangun dan pokok perubahan yang dilakukan);
   * the 2026 guideline asks for at least 300 words, see {@link #designWordCount()}.
   *
   * @return the design narrative, if written
   */
  public abstract Optional<String> design();

  /**
   * Returns the objective (tujuan inovasi).
   *
   * @return the objective, if written
   */
  public abstract Optional<String> objective();

  /**
   * Returns the benefits obtained (manfaat yang diperoleh).
   *
   * @return the benefits, if written
   */
  public abstract Optional<String> benefits();

  /**
   * Returns the results (hasil inovasi).
   *
   * @return the results, if written
   */
  public abstract Optional<String> results();

  /**
   * Returns the people behind the innovation (inovator).
   *
   * @return the innovators, possibly empty
   */
  public abstract ImmutableList<Innovator> innovators();

  /**
   * Returns the budget document (anggaran), if any.
   *
   * @return the budget document
   */
  public abstract Optional<Document> budgetDocument();

  /**
   * Returns the business profile (profil bisnis), if any.
   *
   * @return the business-profile document
   */
  public abstract Optional<Document> businessProfile();

  /**
   * Returns the replications of the innovation by other regions (replikasi).
   *
   * @return the replications, possibly empty
   */
  public abstract ImmutableList<Replication> replications();

  /**
   * Returns the Covid-19 flag of the 2021 and 2022 forms (Covid-19 / Non Covid-19).
   *
   * @return true for a Covid-19 innovation; empty when the form did not ask
   */
  public abstract Optional<Boolean> covidRelated();

  /**
   * Returns the classification (klasifikasi) asked in 2026 proposals. Its list of values was
   * not published in a source seen, so it is kept as text.
   *
   * @return the classification, if given
   */
  public abstract Optional<String> classification();

  /**
   * Returns the location of the innovation (koordinat), asked in 2026 proposals.
   *
   * @return the coordinates, if given
   */
  public abstract Optional<Coordinates> coordinates();

  /**
   * Returns the Asta Cita tags (the national government's eight missions) of a 2026
   * proposal, as given, e.g. {@code "Asta Cita 4"}.
   *
   * @return the tags, possibly empty
   */
  public abstract ImmutableSet<String> astaCitaTags();

  /**
   * Returns the PKPN tags of a 2026 proposal, as given.
   *
   * @return the tags, possibly empty
   */
  public abstract ImmutableSet<String> pkpnTags();

  /**
   * Returns the number of words in the design narrative (rancang bangun): runs of
   * non-whitespace characters.
   *
   * @return the word count, 0 when there is no design
   */
  public final int designWordCount() {
    return design().map(Words::count).orElse(0);
  }

  /**
   * Returns the main affair followed by the other affairs.
   *
   * @return every affair the innovation belongs to
   */
  public final ImmutableSet<GovernmentAffair> affairs() {
    return ImmutableSet.<GovernmentAffair>builder().add(mainAffair()).addAll(otherAffairs()).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "Innovation.id");
    Checks.notBlank(name(), "Innovation.name");
    Checks.notBlank(agencyId(), "Innovation.agencyId");
    Checks.notBlank(design(), "Innovation.design");
    Checks.notBlank(objective(), "Innovation.objective");
    Checks.notBlank(benefits(), "Innovation.benefits");
    Checks.notBlank(results(), "Innovation.results");
    Checks.notBlank(classification(), "Innovation.classification");
    Checks.notBlank(astaCitaTags(), "Innovation.astaCitaTags");
    Checks.notBlank(pkpnTags(), "Innovation.pkpnTags");
  }

  /** Returns {@code "id name"}. */
  @Override
  public String toString() {
    return id() + " " + name();
  }

  /** Builds {@link Innovation}s. */
  public static final class Builder extends ImmutableInnovation.Builder {
    Builder() {}
  }
}
