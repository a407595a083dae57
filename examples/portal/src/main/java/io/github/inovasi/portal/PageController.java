package io.github.inovasi.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.io.table.RegisterEntry;
import io.github.inovasi.io.table.TableFormat;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.Region;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.iid.IidEdition;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.IncompleteEditionException;
import io.github.inovasi.scoring.iid.LossReason;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages: sign-in, the regions an officer may see, and a region's page (upload, problems,
 * score under a chosen edition, where points were lost, the plan to a target, the history),
 * with exports of the register and the breakdown as CSV or .xlsx.
 */
@Controller
class PageController {
  private final RegionAccess access;
  private final UploadService uploads;
  private final RegionReports reports;
  private final PortalStore store;
  private final InovasiTables tables;
  private final ObjectMapper mapper;

  PageController(RegionAccess access, UploadService uploads, RegionReports reports, PortalStore store,
      InovasiTables tables, ObjectMapper mapper) {
    this.access = access;
    this.uploads = uploads;
    this.reports = reports;
    this.store = store;
    this.tables = tables;
    this.mapper = mapper;
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String home(@AuthenticationPrincipal Officer officer) {
    return officer.role() == Officer.Role.REGION
        ? "redirect:/regions/" + officer.region().get()
        : "redirect:/regions";
  }

  @GetMapping("/regions")
  String regions(@AuthenticationPrincipal Officer officer, Model model) {
    model.addAttribute("officer", officer);
    model.addAttribute("regions", access.visible(officer));
    return "regions";
  }

  @GetMapping("/regions/{code}")
  String region(
      @AuthenticationPrincipal Officer officer,
      @PathVariable String code,
      @RequestParam(required = false) String edition,
      @RequestParam(defaultValue = "VERY_INNOVATIVE") Rating rating,
      Model model,
      Locale locale) {
    Region region = access.require(officer, code);
    fill(model, officer, region, edition, rating, locale);
    return "region";
  }

  @PostMapping("/regions/{code}/uploads")
  String upload(
      @AuthenticationPrincipal Officer officer,
      @PathVariable String code,
      @RequestParam(required = false) MultipartFile register,
      @RequestParam(required = false) MultipartFile answers,
      @RequestParam(required = false) MultipartFile assessment,
      @RequestParam(defaultValue = "") String edition,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Region region = access.require(officer, code);
    UploadService.Outcome outcome =
        uploads.upload(region, UploadService.UploadFiles.of(register, answers, assessment, edition), officer);
    if (outcome.accepted()) {
      redirect.addFlashAttribute("uploaded", true);
      redirect.addFlashAttribute("warnings", outcome.problems());
      return "redirect:/regions/" + region.code();
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    model.addAttribute("problems", outcome.problems());
    fill(model, officer, region, null, Rating.VERY_INNOVATIVE, locale);
    return "region";
  }

  @GetMapping("/regions/{code}/export/{what}.{extension}")
  void export(
      @AuthenticationPrincipal Officer officer,
      @PathVariable String code,
      @PathVariable String what,
      @PathVariable String extension,
      @RequestParam(required = false) String edition,
      HttpServletResponse response) throws IOException {
    Region region = access.require(officer, code);
    TableFormat format = switch (extension) {
      case "csv" -> TableFormat.CSV;
      case "xlsx" -> TableFormat.XLSX;
      default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    };
    Assessment assessment = reports.require(region);
    response.setContentType(format == TableFormat.CSV
        ? "text/csv; charset=UTF-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition",
        "attachment; filename=\"" + what + "-" + region.code() + "." + extension + "\"");
    // The library's writers put a quote before any text a spreadsheet would run as a formula.
    switch (what) {
      case "register" -> {
        try (OutputStream out = response.getOutputStream();
            RecordWriter<RegisterEntry> w = tables.registerWriter(out, format)) {
          for (ReportedInnovation r : assessment.innovations()) {
            w.write(RegisterEntry.of(region.code(), r.innovation()));
          }
        }
      }
      case "breakdown" -> {
        IidScore score = RegionReports.score(assessment, RegionReports.edition(assessment, edition));
        try (OutputStream out = response.getOutputStream();
            RecordWriter<IidScore> w = tables.breakdownWriter(out, format)) {
          w.write(score);
        }
      }
      default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private void fill(Model model, Officer officer, Region region, String editionId, Rating rating, Locale locale) {
    model.addAttribute("officer", officer);
    model.addAttribute("region", region);
    model.addAttribute("editions", IidEdition.bundledIds());
    model.addAttribute("ratings", List.of(Rating.INNOVATIVE, Rating.VERY_INNOVATIVE));
    model.addAttribute("rating", rating);
    model.addAttribute("uploadCount", store.count(region.code()));
    List<Map<String, Object>> history = new ArrayList<>();
    store.history(region.code()).forEach(p -> history.add(Map.of(
        "year", p.year(), "edition", p.editionId(), "iid", p.iid(), "rating", p.rating().label().in(locale))));
    model.addAttribute("history", history);
    model.addAttribute("historyJson", json(history));
    Optional<Assessment> latest = reports.latest(region);
    model.addAttribute("assessment", latest.orElse(null));
    if (latest.isEmpty()) {
      return;
    }
    Assessment assessment = latest.get();
    IidEdition edition = RegionReports.edition(assessment, editionId);
    model.addAttribute("edition", edition.id());
    try {
      IidScore score = RegionReports.score(assessment, edition);
      model.addAttribute("score", score);
      model.addAttribute("largestLosses", score.breakdown().largestLosses(10));
      List<Map<String, Object>> losses = new ArrayList<>();
      for (Map.Entry<LossReason, BigDecimal> e : score.breakdown().lostByReason().entrySet()) {
        Map<String, Object> bar = new LinkedHashMap<>();
        bar.put("reason", e.getKey().label().in(locale));
        bar.put("lost", e.getValue());
        losses.add(bar);
      }
      model.addAttribute("lossesJson", json(losses));
      model.addAttribute("plan", RegionReports.plan(assessment, edition, rating, Optional.empty()));
    } catch (IncompleteEditionException e) {
      model.addAttribute("incomplete", e.missing().toString());
    } catch (InovasiException e) {
      model.addAttribute("scoreError", e.getMessage());
    }
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("chart data cannot be written", e);
    }
  }
}
