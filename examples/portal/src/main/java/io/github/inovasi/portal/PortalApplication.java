package io.github.inovasi.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Inovasi portal: a region's officers upload their innovation register and answers and
 * see problems, the IID, where points were lost, the least-effort plan and the history of
 * their scores; other systems use the same through a JSON API.
 */
@SpringBootApplication
public class PortalApplication {
  /**
   * Starts the portal.
   *
   * @param args Spring Boot arguments, e.g. {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }
}
