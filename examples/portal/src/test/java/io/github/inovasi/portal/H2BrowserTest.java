package io.github.inovasi.portal;

import org.springframework.boot.test.context.SpringBootTest;

/** The browser scenario on the default database: embedded H2 in a file. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "inovasi.portal.data-dir=./target/test-data/browser-${random.uuid}")
class H2BrowserTest extends BrowserScenario {}
