package io.github.inovasi.portal;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The browser scenario on a real PostgreSQL server (INOVASI_TEST_PG_URL, INOVASI_TEST_PG_USER,
 * INOVASI_TEST_PG_PASSWORD; {@code .ci/run} starts one on loopback). The test database is
 * emptied and migrated afresh, so every run starts from the same state.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.flyway.clean-disabled=false")
class PostgresBrowserTest extends BrowserScenario {
  @BeforeAll
  static void database() {
    TestEnvironment.requirePostgres();
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> TestEnvironment.env("INOVASI_TEST_PG_URL").orElseThrow());
    registry.add("spring.datasource.username", TestEnvironment::pgUser);
    registry.add("spring.datasource.password", TestEnvironment::pgPassword);
  }

  @TestConfiguration
  static class FreshSchema {
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
      return flyway -> {
        flyway.clean();
        flyway.migrate();
      };
    }
  }
}
