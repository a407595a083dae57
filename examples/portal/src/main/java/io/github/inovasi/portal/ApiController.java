package io.github.inovasi.portal;

import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.Region;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.ImprovementPlan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The JSON API for other systems (a PHP or TypeScript portal calling the portal as a
 * service), with HTTP Basic credentials and the same region rules as the pages. Bodies are the
 * library's versioned documents: assessments in, results out, problems as the library writes
 * them; their JSON Schemas are served under {@code /schemas} and referenced by the OpenAPI
 * document at {@code /v3/api-docs}.
 */
@RestController
@RequestMapping(path = "/api/v1/regions/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "basic")
class ApiController {
  private static final String ASSESSMENT_SCHEMA = "/schemas/assessment.schema.json";
  private static final String RESULTS_SCHEMA = "/schemas/results.schema.json";

  private final RegionAccess access;
  private final UploadService uploads;
  private final RegionReports reports;
  private final PortalStore store;
  private final InovasiJson json;
  private final long maxUploadBytes;

  ApiController(RegionAccess access, UploadService uploads, RegionReports reports, PortalStore store,
      InovasiJson json, @Value("${inovasi.portal.max-upload-bytes}") long maxUploadBytes) {
    this.access = access;
    this.uploads = uploads;
    this.reports = reports;
    this.store = store;
    this.json = json;
    this.maxUploadBytes = maxUploadBytes;
  }

  @Operation(summary = "Upload a register and an answers table (CSV or .xlsx) for an edition, or a JSON assessment",
      responses = {
        @ApiResponse(responseCode = "201", description = "Accepted and stored; its IID under its own edition"),
        @ApiResponse(responseCode = "422", description = "Refused, nothing stored; every problem with its location")
      })
  @PostMapping(path = "/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Map<String, Object>> uploadFiles(
      @AuthenticationPrincipal Officer officer,
      @PathVariable String code,
      @RequestParam(required = false) MultipartFile register,
      @RequestParam(required = false) MultipartFile answers,
      @RequestParam(required = false) MultipartFile assessment,
      @RequestParam(defaultValue = "") String edition) {
    Region region = access.require(officer, code);
    return outcome(uploads.upload(region, UploadService.UploadFiles.of(register, answers, assessment, edition), officer));
  }

  @Operation(summary = "Upload an assessment document (kind \"assessment\")",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
          content = @Content(mediaType = "application/json", schema = @Schema(ref = ASSESSMENT_SCHEMA))),
      responses = {
        @ApiResponse(responseCode = "201", description = "Accepted and stored"),
        @ApiResponse(responseCode = "422", description = "Refused, nothing stored")
      })
  @PostMapping(path = "/uploads", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> uploadJson(
      @AuthenticationPrincipal Officer officer, @PathVariable String code, HttpServletRequest request)
      throws IOException {
    Region region = access.require(officer, code);
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      // One byte past the limit is enough to refuse a body that is too large.
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUploadBytes + 1));
    }
    UploadService.Part part = new UploadService.Part("assessment.json", body.length, new ByteArrayResource(body));
    return outcome(uploads.upload(region,
        new UploadService.UploadFiles(Optional.empty(), Optional.empty(), Optional.of(part), ""), officer));
  }

  @Operation(summary = "The region's latest assessment",
      responses = @ApiResponse(responseCode = "200",
          content = @Content(mediaType = "application/json", schema = @Schema(ref = ASSESSMENT_SCHEMA))))
  @GetMapping("/assessment")
  ResponseEntity<String> assessment(@AuthenticationPrincipal Officer officer, @PathVariable String code) {
    Assessment a = reports.require(access.require(officer, code));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(json.writeString(JsonKind.ASSESSMENT, List.of(a)));
  }

  @Operation(summary = "The IID, predicate and breakdown of the latest assessment under an edition (default: its own)",
      responses = @ApiResponse(responseCode = "200",
          content = @Content(mediaType = "application/json", schema = @Schema(ref = RESULTS_SCHEMA))))
  @GetMapping("/score")
  ResponseEntity<String> score(@AuthenticationPrincipal Officer officer, @PathVariable String code,
      @RequestParam(required = false) String edition) throws IOException {
    Assessment a = reports.require(access.require(officer, code));
    IidScore score = RegionReports.score(a, RegionReports.edition(a, edition));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeResults(out, List.of(score));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(out.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Operation(summary = "The least-effort plan to a predicate (rating) or an IID (target)")
  @GetMapping("/plan")
  ImprovementPlan plan(@AuthenticationPrincipal Officer officer, @PathVariable String code,
      @RequestParam(required = false) String edition,
      @RequestParam(defaultValue = "VERY_INNOVATIVE") Rating rating,
      @RequestParam(required = false) BigDecimal target) {
    Assessment a = reports.require(access.require(officer, code));
    return RegionReports.plan(a, RegionReports.edition(a, edition), rating, Optional.ofNullable(target));
  }

  @Operation(summary = "The region's IID over the years: per edition year, the latest upload's score")
  @GetMapping("/history")
  List<PortalStore.HistoryPoint> history(@AuthenticationPrincipal Officer officer, @PathVariable String code) {
    return store.history(access.require(officer, code).code());
  }

  private static ResponseEntity<Map<String, Object>> outcome(UploadService.Outcome outcome) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (outcome.accepted()) {
      IidScore s = outcome.score().get();
      body.put("upload", outcome.uploadId().get());
      body.put("region", s.region().code().toString());
      body.put("edition", s.policyId());
      body.put("iid", s.index());
      body.put("rating", s.rating().name());
    }
    List<Problem> problems = outcome.problems();
    body.put("problems", problems);
    return ResponseEntity.status(outcome.accepted() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_ENTITY).body(body);
  }
}
