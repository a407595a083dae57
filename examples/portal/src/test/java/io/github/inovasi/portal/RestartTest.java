package io.github.inovasi.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Region;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.reference.RegionDirectory;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;

/** Nothing an officer uploaded is lost on restart: the default database is H2 in a file. */
class RestartTest {
  private static final RegionCode ROTE_NDAO = RegionCode.parse("53.14");

  @Test
  void uploadsSurviveARestartOfThePortal(@TempDir Path dataDir) throws Exception {
    String[] args = {"--server.port=0", "--inovasi.portal.data-dir=" + dataDir.toAbsolutePath()};
    byte[] json = Fixtures.sampleJson();
    try (ConfigurableApplicationContext portal = SpringApplication.run(PortalApplication.class, args)) {
      Region region = portal.getBean(RegionDirectory.class).get(ROTE_NDAO);
      UploadService.Part part = new UploadService.Part("rote-ndao.json", json.length, new ByteArrayResource(json));
      UploadService.Outcome outcome = portal.getBean(UploadService.class).upload(region,
          new UploadService.UploadFiles(Optional.empty(), Optional.empty(), Optional.of(part), ""),
          new Officer("officer.rotendao", "-", Officer.Role.REGION, Optional.of(ROTE_NDAO)));
      assertThat(outcome.accepted()).as("%s", outcome.problems()).isTrue();
    }
    try (ConfigurableApplicationContext portal = SpringApplication.run(PortalApplication.class, args)) {
      PortalStore store = portal.getBean(PortalStore.class);
      assertThat(store.count(ROTE_NDAO)).isEqualTo(1);
      assertThat(store.history(ROTE_NDAO))
          .singleElement()
          .satisfies(p -> assertThat(p.iid().toPlainString()).isEqualTo(Fixtures.SAMPLE_IID));
      assertThat(store.latest(ROTE_NDAO)).get().extracting(PortalStore.Upload::format).isEqualTo("json");
    }
  }
}
