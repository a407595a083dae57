package io.github.inovasi.portal;

import io.github.inovasi.model.RegionCode;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what: the JSON API under {@code /api} takes HTTP Basic credentials and no
 * session; the pages take a form sign-in. Which region an officer may see is checked on every
 * request by {@link RegionAccess}. Officers are rows of the {@code officer} table.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {
  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(a -> a
            .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/schemas/**", "/v3/api-docs/**")
            .permitAll()
            .anyRequest()
            .authenticated())
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
        .logout(l -> l.logoutSuccessUrl("/login?logout"))
        .build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService officers(JdbcClient jdbc) {
    return username -> jdbc
        .sql("SELECT username, password_hash, role, region_code FROM officer WHERE username = ?")
        .param(username)
        .query((rs, n) -> new Officer(
            rs.getString("username"),
            rs.getString("password_hash"),
            Officer.Role.valueOf(rs.getString("role")),
            Optional.ofNullable(rs.getString("region_code")).map(RegionCode::parse)))
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException(username));
  }
}
