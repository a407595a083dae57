package io.github.inovasi.portal;

import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves the library's published JSON Schemas (draft 2020-12) at
 * {@code /schemas/<kind>.schema.json}, the bodies the OpenAPI document refers to, and
 * describes the API itself.
 */
@RestController
class SchemaController {
  @GetMapping(path = "/schemas/{name}.schema.json", produces = "application/schema+json")
  ResponseEntity<String> schema(@PathVariable String name) {
    String text = switch (name) {
      case "results" -> InovasiJson.resultsSchema();
      case "rankings" -> InovasiJson.rankingsSchema();
      default -> InovasiJson.schema(JsonKind.byId(name)
          .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no schema " + name)));
    };
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/schema+json")).body(text);
  }

  @Bean
  static OpenAPI portalOpenApi() {
    return new OpenAPI()
        .info(new Info()
            .title("Inovasi portal API")
            .version("v1")
            .description("Upload a region's innovation register and answers, read its IID, the least-effort"
                + " plan and its history. Bodies are Inovasi's versioned JSON documents; their JSON"
                + " Schemas are served under /schemas."))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
  }
}
