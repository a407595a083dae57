package io.github.inovasi.portal;

import com.fasterxml.jackson.databind.Module;
import io.github.inovasi.io.ReadLimits;
import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.InovasiModule;
import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.model.reference.RegionDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The portal's wiring: the library's Jackson module (Spring Boot registers every {@link Module}
 * bean on its {@code ObjectMapper}), the library's strict readers with the upload limit, the
 * region directory, and the language: Indonesian by default, {@code ?lang=en} switches and a
 * cookie remembers.
 */
@Configuration(proxyBeanMethods = false)
class PortalConfig implements WebMvcConfigurer {
  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  @Bean
  Module inovasiModule() {
    return new InovasiModule();
  }

  @Bean
  ReadLimits readLimits(@Value("${inovasi.portal.max-upload-bytes}") long maxUploadBytes) {
    return ReadLimits.builder().from(ReadLimits.defaults()).maxDocumentBytes(maxUploadBytes).build();
  }

  @Bean
  InovasiJson inovasiJson(ReadLimits limits) {
    return InovasiJson.create().withLimits(limits);
  }

  @Bean
  InovasiTables inovasiTables(ReadLimits limits) {
    return InovasiTables.create().withLimits(limits);
  }

  @Bean
  RegionDirectory regionDirectory() {
    return RegionDirectory.kemendagri();
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("inovasi-lang") {
      @Override
      public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        // Two languages: English when asked for, Indonesian otherwise.
        boolean english = locale != null && "en".equals(locale.getLanguage());
        super.setLocale(request, response, english ? Locale.ENGLISH : INDONESIAN);
      }
    };
    resolver.setDefaultLocale(INDONESIAN);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    registry.addInterceptor(change);
  }
}
