package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableSet;
import io.github.inovasi.model.KippGroup;
import io.github.inovasi.model.KippProposal;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The administrative screening (seleksi administrasi) of KIPP proposals against a year's
 * rules, as the organisation bureau pre-selects them before SINOVIK's secretariat does. Every
 * reason is a {@link Problem} located in the proposal, with a stable code:
 *
 * <ul>
 *   <li>{@value #GROUP_NOT_OPEN}: the proposal's group is not open that year;
 *   <li>{@value #UNKNOWN_CATEGORY}: the category is not one of the year's;
 *   <li>{@value #MISSING_REPLICATED}: a replication proposal does not name what it replicates;
 *   <li>{@value #TOO_YOUNG}: the innovation is younger than its group's minimum age, counted
 *       back from the registration deadline;
 *   <li>{@value #MISSING_SECTION}: a required section of the form is absent;
 *   <li>{@value #EMPTY_ANSWER}: a section is empty or a placeholder (a dash, "tidak ada",
 *       "lorem ipsum", text without a letter, one character repeated): the guideline's
 *       "nonsense answers";
 *   <li>{@value #SECTION_TOO_LONG}: a section has more words than the form allows;
 *   <li>{@value #UNKNOWN_SECTION} (warning): a section the year's form does not have;
 *   <li>{@value #DUPLICATE_TITLE}: the same title (ignoring case and spacing) on several
 *       proposals; every one of them is rejected and names the others;
 *   <li>{@value #QUOTA_EXCEEDED}: the institution submitted more proposals in a group than the
 *       quota. The proposals that pass every other rule keep their places in input order (the
 *       institution's own priority); those after the quota fall outside it, each told its
 *       position, the quota and which proposals hold the places.
 * </ul>
 *
 * <p>Screening needs the year's groups, sections, minimum ages, registration deadline and
 * quotas, and the categories; an element the sources do not give throws {@link
 * IncompleteKippYearException} unless the user supplies it ({@link KippYear#withDeadline} and
 * the other {@code with} methods) or explicitly {@link #skipping skips} its check, which the
 * result then lists.
 *
 * <pre>{@code
 * ScreeningResult r = KippScreening.of(KippYear.bundled(2021)
 *         .withDeadline(LocalDate.of(2021, 5, 11)))
 *     .skipping(KippElement.SECTIONS)
 *     .screen(proposals);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class KippScreening {
  /** The proposal's group is not open in the year. */
  public static final String GROUP_NOT_OPEN = "KIPP_GROUP_NOT_OPEN";
  /** The proposal's category is not one of the year's. */
  public static final String UNKNOWN_CATEGORY = "KIPP_UNKNOWN_CATEGORY";
  /** A replication proposal does not name the innovation it replicates. */
  public static final String MISSING_REPLICATED = "KIPP_MISSING_REPLICATED";
  /** The innovation is younger than its group's minimum age at the registration deadline. */
  public static final String TOO_YOUNG = "KIPP_TOO_YOUNG";
  /** A required section is absent. */
  public static final String MISSING_SECTION = "KIPP_MISSING_SECTION";
  /** A section is empty or holds a placeholder. */
  public static final String EMPTY_ANSWER = "KIPP_EMPTY_ANSWER";
  /** A section has more words than allowed. */
  public static final String SECTION_TOO_LONG = "KIPP_SECTION_TOO_LONG";
  /** A section the year's form does not have (warning). */
  public static final String UNKNOWN_SECTION = "KIPP_UNKNOWN_SECTION";
  /** The same title is used by several proposals. */
  public static final String DUPLICATE_TITLE = "KIPP_DUPLICATE_TITLE";
  /** The proposal falls outside its institution's quota for its group. */
  public static final String QUOTA_EXCEEDED = "KIPP_QUOTA_EXCEEDED";

  private static final Set<String> PLACEHOLDERS = Set.of("-", "--", "tidak ada", "belum ada", "tidak",
      "ada", "n/a", "na", "nihil", "kosong", "isi", "diisi", "test", "tes", "testing", "tbd", "todo",
      "dll", "xxx", "x", "...", "lorem ipsum", "none", "nil", "null", "belum");
  private static final Set<KippElement> NEEDED = EnumSet.of(KippElement.GROUPS, KippElement.CATEGORIES,
      KippElement.SECTIONS, KippElement.MINIMUM_AGE, KippElement.REGISTRATION_DEADLINE, KippElement.QUOTAS);

  private final KippYear year;
  private final ImmutableSet<KippElement> skipped;

  private KippScreening(KippYear year, Set<KippElement> skipped) {
    this.year = Objects.requireNonNull(year, "year");
    this.skipped = ImmutableSet.copyOf(skipped);
  }

  /**
   * Returns the screening of a year.
   *
   * @param year the year's rules, with anything unknown supplied
   * @return the screening
   */
  public static KippScreening of(KippYear year) {
    return new KippScreening(year, Set.of());
  }

  /**
   * Returns a copy that leaves out the checks of some elements; the result lists them. Use it
   * only when the year's rule is unknown and cannot be supplied.
   *
   * @param elements the elements whose checks to leave out (groups, categories, sections,
   *     minimum-age and registration-deadline, quotas)
   * @return the copy
   */
  public KippScreening skipping(KippElement... elements) {
    Set<KippElement> s = EnumSet.noneOf(KippElement.class);
    s.addAll(skipped);
    s.addAll(List.of(elements));
    if (s.contains(KippElement.MINIMUM_AGE) || s.contains(KippElement.REGISTRATION_DEADLINE)) {
      s.add(KippElement.MINIMUM_AGE);
      s.add(KippElement.REGISTRATION_DEADLINE);
    }
    s.retainAll(NEEDED);
    return new KippScreening(year, s);
  }

  /**
   * Screens proposals.
   *
   * @param proposals the proposals, in the order the institutions rank them
   * @return every proposal's screening, in input order
   * @throws IncompleteKippYearException if a rule needed and not skipped is unknown
   */
  public ScreeningResult screen(List<KippProposal> proposals) {
    year.require(NEEDED.stream().filter(e -> !skipped.contains(e)).toArray(KippElement[]::new));
    List<List<Problem>> reasons = new ArrayList<>();
    for (int i = 0; i < proposals.size(); i++) {
      reasons.add(own(proposals.get(i), Location.ofPath("proposals[" + i + "]")));
    }
    duplicateTitles(proposals, reasons);
    if (!skipped.contains(KippElement.QUOTAS)) {
      quotas(proposals, reasons);
    }
    List<ProposalScreening> out = new ArrayList<>();
    for (int i = 0; i < proposals.size(); i++) {
      out.add(new ProposalScreening(proposals.get(i), i, reasons.get(i)));
    }
    return new ScreeningResult(year, out, skipped);
  }

  private List<Problem> own(KippProposal p, Location at) {
    List<Problem> out = new ArrayList<>();
    boolean open = true;
    if (!skipped.contains(KippElement.GROUPS) && !year.groups().contains(p.group())) {
      open = false;
      out.add(problem(GROUP_NOT_OPEN, at.child("group"), "group",
          "Kelompok " + p.group().label().indonesian() + " tidak dibuka pada KIPP " + year.year(),
          "The " + p.group().label().english().toLowerCase(Locale.ROOT) + " is not open in KIPP " + year.year(),
          year.groups().stream().map(KippGroup::code).collect(Collectors.joining(", ")), p.group().code()));
    }
    if (!skipped.contains(KippElement.CATEGORIES)
        && year.categories().stream().noneMatch(c -> c.code().equals(p.category()))) {
      out.add(problem(UNKNOWN_CATEGORY, at.child("category"), "category",
          "Kategori tidak ada pada KIPP " + year.year(), "Not a category of KIPP " + year.year(),
          year.categories().stream().map(KippCategory::code).collect(Collectors.joining(", ")), p.category()));
    }
    if (p.group() == KippGroup.REPLICATION && p.replicates().isEmpty()) {
      out.add(problem(MISSING_REPLICATED, at.child("replicates"), "replicates",
          "Proposal replikasi harus menyebut inovasi yang direplikasi",
          "A replication proposal must name the innovation it replicates", "the replicated innovation", null));
    }
    if (open && !skipped.contains(KippElement.MINIMUM_AGE)) {
      Period age = year.minimumAges().get(p.group());
      LocalDate deadline = year.registrationDeadline().orElseThrow();
      if (age != null && p.implementationStart().plus(age).isAfter(deadline)) {
        out.add(problem(TOO_YOUNG, at.child("implementationStart"), "implementationStart",
            "Inovasi belum berumur " + years(age) + " tahun pada batas pendaftaran " + deadline,
            "The innovation is not " + years(age) + " year(s) old at the registration deadline " + deadline,
            "implemented on or before " + deadline.minus(age), p.implementationStart().toString()));
      }
    }
    if (!skipped.contains(KippElement.SECTIONS)) {
      sections(p, at, out);
    }
    return out;
  }

  private void sections(KippProposal p, Location at, List<Problem> out) {
    Map<String, KippSection> form = new LinkedHashMap<>();
    year.sections().forEach(s -> form.put(s.code(), s));
    for (KippSection s : form.values()) {
      if (s.required() && p.section(s.code()).isEmpty()) {
        out.add(problem(MISSING_SECTION, at.child("sections." + s.code()), s.code(),
            "Bagian wajib tidak diisi: " + s.label().indonesian(),
            "Required section missing: " + s.label().english(), s.code(), null));
      }
    }
    for (Map.Entry<String, String> e : p.sections().entrySet()) {
      Location where = at.child("sections." + e.getKey());
      KippSection s = form.get(e.getKey());
      if (s == null) {
        out.add(Problem.builder().from(problem(UNKNOWN_SECTION, where, e.getKey(),
            "Bagian tidak ada pada formulir KIPP " + year.year(), "Not a section of the KIPP " + year.year() + " form",
            String.join(", ", form.keySet()), e.getKey())).severity(Problem.Severity.WARNING).build());
        continue;
      }
      if (isPlaceholder(e.getValue())) {
        out.add(problem(EMPTY_ANSWER, where, e.getKey(),
            "Jawaban kosong atau asal isi: " + s.label().indonesian(),
            "Empty or placeholder answer: " + s.label().english(), "a real answer", shorten(e.getValue())));
      }
      int words = p.wordCount(e.getKey());
      if (s.wordLimit().isPresent() && words > s.wordLimit().getAsInt()) {
        out.add(problem(SECTION_TOO_LONG, where, e.getKey(),
            s.label().indonesian() + " melebihi batas kata", s.label().english() + " exceeds the word limit",
            "at most " + s.wordLimit().getAsInt() + " words", words + " words"));
      }
    }
  }

  private void duplicateTitles(List<KippProposal> proposals, List<List<Problem>> reasons) {
    Map<String, List<Integer>> byTitle = new LinkedHashMap<>();
    for (int i = 0; i < proposals.size(); i++) {
      byTitle.computeIfAbsent(normalise(proposals.get(i).title()), t -> new ArrayList<>()).add(i);
    }
    for (List<Integer> same : byTitle.values()) {
      if (same.size() < 2) {
        continue;
      }
      for (int i : same) {
        String others = same.stream().filter(j -> j != i).map(j -> proposals.get(j).id())
            .collect(Collectors.joining(", "));
        reasons.get(i).add(problem(DUPLICATE_TITLE, Location.ofPath("proposals[" + i + "].title"), "title",
            "Judul yang sama dipakai proposal lain: " + others, "The same title is used by other proposals: " + others,
            "a title used once", proposals.get(i).title()));
      }
    }
  }

  private void quotas(List<KippProposal> proposals, List<List<Problem>> reasons) {
    Map<String, List<Integer>> byInstitutionAndGroup = new LinkedHashMap<>();
    for (int i = 0; i < proposals.size(); i++) {
      KippProposal p = proposals.get(i);
      if (reasons.get(i).stream().noneMatch(Problem::isError) && year.quotas().containsKey(p.group())) {
        byInstitutionAndGroup.computeIfAbsent(normalise(p.institution()) + "\u0000" + p.group(),
            k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> in : byInstitutionAndGroup.values()) {
      KippProposal first = proposals.get(in.get(0));
      int quota = year.quotas().get(first.group());
      if (in.size() <= quota) {
        continue;
      }
      String kept = in.subList(0, quota).stream().map(j -> proposals.get(j).id()).collect(Collectors.joining(", "));
      for (int n = quota; n < in.size(); n++) {
        int i = in.get(n);
        reasons.get(i).add(problem(QUOTA_EXCEEDED, Location.ofPath("proposals[" + i + "]"), "group",
            "Di luar kuota " + first.institution() + ": proposal ke-" + (n + 1) + " " + first.group().label().indonesian()
                + ", kuota " + quota + " (tempat diisi: " + kept + ")",
            "Outside the quota of " + first.institution() + ": " + first.group().label().english().toLowerCase(Locale.ROOT)
                + " proposal no. " + (n + 1) + ", quota " + quota + " (places held by: " + kept + ")",
            "at most " + quota + " per institution", String.valueOf(n + 1)));
      }
    }
  }

  /** Whether a section's text is empty or a placeholder rather than an answer. */
  static boolean isPlaceholder(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (t.isEmpty() || PLACEHOLDERS.contains(t) || t.startsWith("lorem ipsum")) {
      return true;
    }
    if (t.codePoints().noneMatch(Character::isLetter)) {
      return true;
    }
    String letters = t.replaceAll("[^\\p{L}]", "");
    return letters.chars().distinct().count() == 1 && letters.length() > 1;
  }

  private static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  private static String years(Period p) {
    return p.getMonths() == 0 ? String.valueOf(p.getYears()) : p.toTotalMonths() / 12.0 + "";
  }

  private static Problem problem(String code, Location at, String field, String id, String en, String expected,
      String found) {
    Problem.Builder b = Problem.builder().code(code).location(Location.builder().from(at).field(field).build())
        .message(Label.of(id, en));
    if (expected != null) {
      b.expected(expected);
    }
    if (found != null) {
      b.found(found);
    }
    return b.build();
  }

  /** Returns {@code "KIPP 2021 screening"}. */
  @Override
  public String toString() {
    return year + " screening" + (skipped.isEmpty() ? "" : " skipping " + skipped);
  }
}
