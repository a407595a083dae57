package io.github.inovasi.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.inovasi.io.table.TableFormat;
import io.github.inovasi.model.RegionCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The JSON API, the access rules and the upload refusals, through MockMvc on an in-memory H2
 * database migrated by Flyway.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:portal-api;DB_CLOSE_DELAY=-1",
    "inovasi.portal.max-upload-bytes=1000000"
})
@AutoConfigureMockMvc
class PortalApiTest {
  private static final RegionCode ROTE_NDAO = RegionCode.parse("53.14");

  @Autowired MockMvc mvc;
  @Autowired PortalStore store;

  private static Officer officer() {
    return new Officer("officer.rotendao", "-", Officer.Role.REGION, Optional.of(ROTE_NDAO));
  }

  @Test
  void jsonUploadIsScoredPlannedAndKeptInTheHistory() throws Exception {
    mvc.perform(post("/api/v1/regions/53.14/uploads").with(httpBasic("officer.rotendao", "inovasi-demo"))
            .contentType(MediaType.APPLICATION_JSON).content(Fixtures.sampleJson()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.region").value("53.14"))
        .andExpect(jsonPath("$.iid").value(22.60))
        .andExpect(jsonPath("$.rating").value("LESS_INNOVATIVE"));

    mvc.perform(get("/api/v1/regions/53.14/score").with(httpBasic("officer.rotendao", "inovasi-demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("results"));
    mvc.perform(get("/api/v1/regions/53.14/plan?rating=INNOVATIVE").with(httpBasic("bappeda.ntt", "inovasi-demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reachable").value(true));
    mvc.perform(get("/api/v1/regions/53.14/history").with(httpBasic("admin", "inovasi-demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].year").value(2026))
        .andExpect(jsonPath("$[0].iid").value(22.60));
    mvc.perform(get("/api/v1/regions/53.14/assessment").with(httpBasic("officer.rotendao", "inovasi-demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("assessment"))
        .andExpect(jsonPath("$.region.code").value("53.14"));
  }

  @Test
  void tablesInCsvAndXlsxWithIndonesianOrEnglishHeadersAreAccepted(@TempDir Path dir) throws Exception {
    for (TableFormat format : TableFormat.values()) {
      Fixtures.writeTables(dir, format);
      String ext = format == TableFormat.CSV ? "csv" : "xlsx";
      mvc.perform(multipart("/api/v1/regions/53.14/uploads")
              .file(file("register", "daftar." + ext, Files.readAllBytes(dir.resolve("register." + ext))))
              .file(file("answers", "jawaban." + ext, Files.readAllBytes(dir.resolve("answers." + ext))))
              .param("edition", "iid-2026")
              .with(httpBasic("officer.rotendao", "inovasi-demo")))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.iid").value(22.60));
    }
    Fixtures.writeTables(dir, TableFormat.CSV);
    mvc.perform(multipart("/api/v1/regions/53.14/uploads")
            .file(file("register", "register.csv", Fixtures.withEnglishHeaders(dir.resolve("register.csv"), true)))
            .file(file("answers", "answers.csv", Fixtures.withEnglishHeaders(dir.resolve("answers.csv"), false)))
            .param("edition", "iid-2026")
            .with(httpBasic("officer.rotendao", "inovasi-demo")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.iid").value(22.60));
  }

  @Test
  void anotherRegionsDataIsRefusedByUrl() throws Exception {
    // A region officer: only their region, by API and by page.
    mvc.perform(get("/api/v1/regions/53.71/history").with(httpBasic("officer.rotendao", "inovasi-demo")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/regions/53.71/uploads").with(httpBasic("officer.rotendao", "inovasi-demo"))
            .contentType(MediaType.APPLICATION_JSON).content(Fixtures.sampleJson()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/regions/53.71").with(user(officer())))
        .andExpect(status().isForbidden());
    // A provincial Bappeda: its kabupaten/kota, not another province's.
    mvc.perform(get("/api/v1/regions/53.71/history").with(httpBasic("bappeda.ntt", "inovasi-demo")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/regions/35.78/history").with(httpBasic("bappeda.ntt", "inovasi-demo")))
        .andExpect(status().isForbidden());
    // An administrator: every region.
    mvc.perform(get("/api/v1/regions/35.78/history").with(httpBasic("admin", "inovasi-demo")))
        .andExpect(status().isOk());
    // Nobody signed in: the API asks for credentials, the pages for a sign-in.
    mvc.perform(get("/api/v1/regions/53.14/history")).andExpect(status().isUnauthorized());
    mvc.perform(get("/regions/53.14")).andExpect(redirectedUrlPattern("**/login"));
    mvc.perform(get("/api/v1/regions/53.14/history").with(httpBasic("officer.rotendao", "wrong")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void badUploadsAreRefusedWithAReadableMessageAndChangeNothing(@TempDir Path dir) throws Exception {
    long before = store.count(ROTE_NDAO);
    Fixtures.writeTables(dir, TableFormat.CSV);
    byte[] answers = Files.readAllBytes(dir.resolve("answers.csv"));

    String wrongType = refused(file("register", "daftar.pdf", new byte[] {'%', 'P', 'D', 'F'}),
        file("answers", "jawaban.csv", answers));
    assertThat(wrongType).contains("WRONG_FILE_TYPE").contains("Jenis berkas salah").contains("daftar.pdf");

    String tooLarge = refused(file("register", "daftar.csv", new byte[1_000_001]), file("answers", "jawaban.csv", answers));
    assertThat(tooLarge).contains("FILE_TOO_LARGE").contains("Berkas terlalu besar");

    String bomb = refused(file("register", "daftar.xlsx", Fixtures.zipBomb()), file("answers", "jawaban.csv", answers));
    assertThat(bomb).contains("LIMIT_EXCEEDED").contains("daftar.xlsx");

    String broken = refused(file("register", "daftar.csv", Fixtures.brokenRegister(dir)), file("answers", "jawaban.csv", answers));
    assertThat(broken).contains("daftar.csv:").doesNotContain(dir.toString());

    assertThat(store.count(ROTE_NDAO)).isEqualTo(before);
  }

  @Test
  void exportsNeutraliseFormulas() throws Exception {
    String json = new String(Fixtures.sampleJson(), StandardCharsets.UTF_8);
    String name = Fixtures.sample().innovations().get(0).innovation().name();
    String hostile = json.replace("\"" + name + "\"", "\"=HYPERLINK(\\\"http://x\\\")\"");
    assertThat(hostile).isNotEqualTo(json);
    mvc.perform(post("/api/v1/regions/53.14/uploads").with(httpBasic("officer.rotendao", "inovasi-demo"))
            .contentType(MediaType.APPLICATION_JSON).content(hostile))
        .andExpect(status().isCreated());

    MvcResult csv = mvc.perform(get("/regions/53.14/export/register.csv").with(user(officer())))
        .andExpect(status().isOk()).andReturn();
    String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(text).contains("'=HYPERLINK").doesNotContainPattern("(^|,)\"?=HYPERLINK");

    MvcResult xlsx = mvc.perform(get("/regions/53.14/export/register.xlsx").with(user(officer())))
        .andExpect(status().isOk()).andReturn();
    assertThat(XlsxText.cells(xlsx.getResponse().getContentAsByteArray()))
        .anyMatch(c -> c.startsWith("'=HYPERLINK"))
        .noneMatch(c -> c.startsWith("=HYPERLINK"));
  }

  @Test
  void openApiDocumentUsesTheLibrarySchemas() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/regions/{code}/uploads']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/regions/{code}/history']").exists())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("/schemas/assessment.schema.json")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("/schemas/results.schema.json")));
    mvc.perform(get("/schemas/assessment.schema.json"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$['$schema']").value("https://json-schema.org/draft/2020-12/schema"));
    mvc.perform(get("/schemas/results.schema.json")).andExpect(status().isOk());
  }

  @Test
  void regionPageScoresUnderAChosenEditionAndNeverGuessesAnIncompleteOne() throws Exception {
    String json = new String(Fixtures.sampleJson(), StandardCharsets.UTF_8);
    for (String edition : new String[] {"iid-2026", "iid-2027"}) {
      mvc.perform(post("/api/v1/regions/53.14/uploads").with(httpBasic("officer.rotendao", "inovasi-demo"))
              .contentType(MediaType.APPLICATION_JSON)
              .content(json.replace("\"editionId\" : \"iid-2026\"", "\"editionId\" : \"" + edition + "\"")))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.edition").value(edition));
    }
    mvc.perform(get("/api/v1/regions/53.14/history").with(httpBasic("bappeda.ntt", "inovasi-demo")))
        .andExpect(jsonPath("$[0].year").value(2026))
        .andExpect(jsonPath("$[1].year").value(2027));

    String page = page(get("/regions/53.14").param("edition", "iid-2026").param("lang", "en").with(user(officer())));
    assertThat(page).contains("id=\"iid\"").contains("id=\"loss-chart\"").contains("id=\"history-chart\"")
        .contains("id=\"plan\"");
    String incomplete = page(get("/regions/53.14").param("edition", "iid-2023").param("lang", "en").with(user(officer())));
    assertThat(incomplete).contains("id=\"incomplete\"").contains("does not invent official numbers")
        .doesNotContain("id=\"iid\"");
  }

  @Test
  void pagesSpeakIndonesianByDefaultAndEnglishOnRequest() throws Exception {
    assertThat(page(get("/login"))).contains("Masuk").contains("Kata sandi");
    assertThat(page(get("/login").param("lang", "en"))).contains("Sign in").contains("Password");
  }

  private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private String refused(MockMultipartFile register, MockMultipartFile answers) throws Exception {
    return mvc.perform(multipart("/regions/53.14/uploads").file(register).file(answers)
            .param("edition", "iid-2026").with(user(officer())).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private static MockMultipartFile file(String field, String name, byte[] content) {
    return new MockMultipartFile(field, name, "application/octet-stream", content);
  }
}
