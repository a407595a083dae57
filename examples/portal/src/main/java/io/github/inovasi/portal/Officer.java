package io.github.inovasi.portal;

import io.github.inovasi.model.RegionCode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in officer and the regions they answer for: a region's officer sees that region, a
 * provincial Bappeda officer the regions of the province, an administrator every region.
 *
 * @param username the sign-in name
 * @param passwordHash the encoded password
 * @param role the scope of the officer
 * @param region the region or province the officer answers for; empty for an administrator
 */
record Officer(String username, String passwordHash, Role role, Optional<RegionCode> region)
    implements UserDetails {
  private static final long serialVersionUID = 1L;

  /** What an officer answers for. */
  enum Role {
    /** A kabupaten/kota (or province) officer: one region. */
    REGION,
    /** A provincial Bappeda officer: the province and its kabupaten/kota. */
    PROVINCE,
    /** An administrator: every region. */
    ADMIN
  }

  Officer {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(role, "role");
    if ((role == Role.ADMIN) != region.isEmpty()) {
      throw new IllegalArgumentException(
          "officer " + username + ": an administrator has no region, every other officer has one");
    }
    if (role == Role.PROVINCE && !region.get().isProvince()) {
      throw new IllegalArgumentException("officer " + username + ": a provincial officer needs a province code");
    }
  }

  /**
   * Tells whether this officer may see and change a region's data.
   *
   * @param code the region
   * @return true for the officer's own region, a provincial officer's kabupaten/kota, or any
   *     region for an administrator
   */
  boolean mayAccess(RegionCode code) {
    return switch (role) {
      case ADMIN -> true;
      case PROVINCE -> code.provinceCode().equals(region.get());
      case REGION -> code.equals(region.get());
    };
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public String toString() {
    return "Officer[" + username + ", " + role + region.map(r -> " " + r).orElse("") + "]";
  }
}
