package io.github.inovasi.examples.cli;

import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.RegionLevel;
import io.github.inovasi.model.RegionalGroup;
import io.github.inovasi.model.reference.RegionCategory;
import io.github.inovasi.model.reference.RegionDirectory;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inovasi regions}: lists the bundled Kemendagri regions, filtered, as a table. */
@Command(
    name = "regions",
    mixinStandardHelpOptions = true,
    description = "List regional governments (38 provinces, 514 kabupaten/kota), filtered by "
        + "province, level, category and regional group.")
final class RegionsCommand implements Callable<Integer> {

  @Option(names = {"-p", "--province"}, paramLabel = "CODE|NAME",
      description = "Only this province and its kabupaten/kota: a code (53) or a name (\"nusa tenggara timur\").")
  String province;

  @Option(names = {"-l", "--level"}, paramLabel = "LEVEL",
      description = "Only this level: ${COMPLETION-CANDIDATES}.")
  RegionLevel level;

  @Option(names = {"-c", "--category"}, paramLabel = "CATEGORY", converter = CategoryConverter.class,
      description = "Only this category: tertinggal, perbatasan, autonomous (otonom) or administrative "
          + "(administratif).")
  RegionCategory category;

  @Option(names = {"-g", "--group"}, paramLabel = "GROUP",
      description = "Only this IGA regional group: ${COMPLETION-CANDIDATES}.")
  RegionalGroup group;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    RegionDirectory regions = RegionDirectory.kemendagri();
    Predicate<Region> filter = r -> true;
    if (province != null) {
      RegionCode code = provinceCode(regions, province);
      filter = filter.and(r -> r.provinceCode().equals(code));
    }
    if (level != null) {
      filter = filter.and(r -> r.level() == level);
    }
    if (category != null) {
      filter = filter.and(category::matches);
    }
    if (group != null) {
      filter = filter.and(r -> r.regionalGroup().equals(java.util.Optional.of(group)));
    }
    List<Region> selected = regions.filter(filter);
    PrintWriter out = spec.commandLine().getOut();
    TextTable table = new TextTable("Code", "Name", "Level", "Group", "Flags");
    for (Region r : selected) {
      table.row(r.code(), r.name(), r.level().label().indonesian(),
          r.regionalGroup().map(Enum::name).orElse("-"), flags(r));
    }
    table.print(out, "");
    out.println();
    out.println(selected.size() + " of " + regions.all().size() + " regions"
        + " (flags: T daerah tertinggal, P daerah perbatasan, A administrative, not autonomous)");
    if (!regions.borderListComplete() && selected.stream().anyMatch(Region::border)) {
      out.println("Note: the daerah perbatasan list is incomplete: " + regions.inCategory(RegionCategory.BORDER).size()
          + " of an official " + RegionDirectory.officialBorderRegionCount()
          + " kabupaten/kota; Regional IV membership is inferred.");
    }
    out.println(RegionDirectory.attribution());
    out.flush();
    return 0;
  }

  private static String flags(Region r) {
    String flags = (r.disadvantaged() ? "T" : "") + (r.border() ? "P" : "") + (r.autonomous() ? "" : "A");
    return flags.isEmpty() ? "-" : flags;
  }

  private RegionCode provinceCode(RegionDirectory regions, String text) {
    String wanted = text.strip();
    if (wanted.matches("\\d{2}")) {
      RegionCode code = RegionCode.parse(wanted);
      if (regions.contains(code)) {
        return code;
      }
    }
    return regions.provinces().stream()
        .filter(p -> p.name().equalsIgnoreCase(wanted))
        .map(Region::code)
        .findFirst()
        .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
            "Unknown province '" + text + "': give a two-digit code such as 53 or a full name such as "
                + "\"Nusa Tenggara Timur\" (see: inovasi regions --level provinsi)"));
  }

  /** Converts Indonesian or English category names. */
  static final class CategoryConverter implements CommandLine.ITypeConverter<RegionCategory> {
    @Override
    public RegionCategory convert(String value) {
      try {
        return RegionCategory.ofCode(value.toLowerCase(Locale.ROOT));
      } catch (InovasiException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a category; use tertinggal, perbatasan, autonomous or administrative");
      }
    }
  }
}
