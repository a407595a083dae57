package io.github.inovasi.scoring.kipp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Agency;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.model.Stage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Coverage is a share between 0 and 1 and counts each agency once, whatever the region reports. */
final class AgencyCoverageProperties {

  @Provide
  Arbitrary<Assessment> assessments() {
    Arbitrary<List<Agency>> agencies = Arbitraries.integers().between(0, 8).flatMap(n ->
        Arbitraries.integers().between(-1, Math.max(0, n - 1)).list().ofSize(n).map(parents -> {
          List<Agency> out = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            int p = parents.get(i);
            // Only earlier agencies can be parents, so there is no cycle; duplicates of ids are allowed.
            out.add(AgencyCoverageTest.agency("a" + i, p >= 0 && p < i ? "a" + p : null));
          }
          return out;
        }));
    Arbitrary<ReportedInnovation> innovation = Combinators.combine(
        Arbitraries.integers().between(0, 10), Arbitraries.of(Stage.class),
        Arbitraries.of("Ana", "Budi", "ana", "Citra").list().ofMaxSize(3))
        .as((a, s, names) -> AgencyCoverageTest.innovation("i", "a" + a, s, names.toArray(String[]::new)));
    Arbitrary<List<ReportedInnovation>> innovations = innovation.list().ofMaxSize(15).map(list -> {
      List<ReportedInnovation> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        out.add(ReportedInnovation.of(list.get(i).innovation().withId("i" + i), List.of()));
      }
      return out;
    });
    return Combinators.combine(agencies, innovations).as((a, i) -> AgencyCoverageTest.assessment("iid-2026", a, i));
  }

  @Property(tries = 300)
  void share_isBetweenZeroAndOne_andEachAgencyCountsOnce(@ForAll("assessments") Assessment a,
      @ForAll("stages") Set<Stage> stages) {
    AgencyCoverage c = AgencyCoverage.of(a, stages);
    c.share().ifPresent(s -> assertThat(s).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
    List<String> ids = c.agencies().stream().map(x -> x.agency().id()).toList();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(Set.copyOf(ids)).isEqualTo(a.agencies().stream().filter(x -> x.parentId().isEmpty())
        .map(Agency::id).collect(Collectors.toSet()));
    assertThat(c.covered() + c.uncovered().size()).isEqualTo(c.agencies().size());
    long counted = a.innovations().stream().filter(r -> stages.contains(r.innovation().stage())).count();
    assertThat(c.agencies().stream().mapToInt(AgencyCount::innovations).sum() + c.unattributed().size())
        .isEqualTo((int) counted);
  }

  @Provide
  Arbitrary<Set<Stage>> stages() {
    return Arbitraries.of(Stage.class).set().ofMinSize(1);
  }
}
