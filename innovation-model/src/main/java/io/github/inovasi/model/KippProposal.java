package io.github.inovasi.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.inovasi.model.internal.InovasiStyle;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A proposal to KemenPAN-RB's Kompetisi Inovasi Pelayanan Publik (KIPP), as registered in
 * SINOVIK: the institution (instansi) and its public-service unit, the group and category, the
 * title, the text of each section of the year's form, the attachments (statements, a video
 * link), the SDG tags, when the innovation was first implemented and, for the replication
 * group, the innovation it replicates.
 *
 * <p>Sections are keyed by the codes of the year's form ({@code ringkasan},
 * {@code signifikansi}, ...) and kept in the order given. A section may hold an empty or
 * placeholder text: that is a finding of the administrative screening, not a construction
 * error, so it can be reported where it is.
 *
 * <pre>{@code
 * KippProposal p = KippProposal.builder()
 *     .id("rote-2021-01").institution("Pemerintah Kabupaten Rote Ndao")
 *     .group(KippGroup.GENERAL).category("kesehatan")
 *     .title("SEHATI: Sehat Ibu dan Anak Terpadu")
 *     .putSection("ringkasan", "Layanan terpadu ibu dan anak ...")
 *     .addSdg(3).implementationStart(LocalDate.of(2019, 3, 1))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class KippProposal implements WithKippProposal {
  KippProposal() {}

  /**
   * Returns the id of the proposal, unique within a register (the SINOVIK registration number
   * or a local id).
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the institution (instansi) that submits the proposal: a ministry, agency, regional
   * government or state- or region-owned enterprise. Quotas count per institution.
   *
   * @return the institution's name
   */
  public abstract String institution();

  /**
   * Returns the public-service unit (unit pelayanan publik) that runs the innovation.
   *
   * @return the unit, if given
   */
  public abstract Optional<String> unit();

  /**
   * Returns the group (kelompok) the proposal competes in.
   *
   * @return the group
   */
  public abstract KippGroup group();

  /**
   * Returns the code of the year's category (kategori) chosen, e.g. {@code "kesehatan"}.
   *
   * @return the category code
   */
  public abstract String category();

  /**
   * Returns the title (judul inovasi).
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the text of each section of the form, keyed by section code, in the order given.
   *
   * @return the sections, possibly empty
   */
  public abstract ImmutableMap<String, String> sections();

  /**
   * Returns the attached statements and documents (surat pernyataan: implementation, identity,
   * willingness to be replicated).
   *
   * @return the attachments, possibly empty
   */
  public abstract ImmutableList<Document> attachments();

  /**
   * Returns the link to the proposal's video (usually YouTube).
   *
   * @return the video link, if given
   */
  public abstract Optional<URI> videoLink();

  /**
   * Returns the Sustainable Development Goals (1 to 17) the innovation supports.
   *
   * @return the goals, ascending, possibly empty
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Integer> sdgs();

  /**
   * Returns when the innovation was first implemented; its age is counted from this date back
   * from the year's registration deadline.
   *
   * @return the implementation start
   */
  public abstract LocalDate implementationStart();

  /**
   * Returns the innovation this proposal replicates (its title or SINOVIK id), for the
   * replication group.
   *
   * @return the replicated innovation, if any
   */
  public abstract Optional<String> replicates();

  /**
   * Returns the text of a section.
   *
   * @param code the section code
   * @return the text, if the section is present
   */
  public final Optional<String> section(String code) {
    return Optional.ofNullable(sections().get(code));
  }

  /**
   * Returns the number of words in a section: runs of non-whitespace characters.
   *
   * @param code the section code
   * @return the word count, 0 when the section is absent
   */
  public final int wordCount(String code) {
    return section(code).map(Words::count).orElse(0);
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
    Checks.notBlank(id(), "KippProposal.id");
    Checks.notBlank(institution(), "KippProposal.institution");
    Checks.notBlank(unit(), "KippProposal.unit");
    Checks.notBlank(category(), "KippProposal.category");
    Checks.notBlank(title(), "KippProposal.title");
    Checks.notBlank(replicates(), "KippProposal.replicates");
    for (String code : sections().keySet()) {
      InvalidValueException.check(code.matches("[a-z][a-z0-9_]*"), "KippProposal.sections",
          ProblemCodes.INVALID_VALUE,
          Label.of("Kode bagian harus huruf kecil, angka atau garis bawah, misalnya ringkasan",
              "A section code must be lower-case letters, digits or underscores, such as ringkasan"),
          code);
    }
    for (int goal : sdgs()) {
      InvalidValueException.check(goal >= 1 && goal <= 17, "KippProposal.sdgs",
          ProblemCodes.INVALID_VALUE,
          Label.of("Nomor SDG harus 1 sampai 17", "An SDG number must be 1 to 17"), goal);
    }
  }

  /** Returns {@code "id title (GROUP)"}. */
  @Override
  public String toString() {
    return id() + " " + title() + " (" + group().code() + ")";
  }

  /** Builds {@link KippProposal}s. */
  public static final class Builder extends ImmutableKippProposal.Builder {
    Builder() {}
  }
}
