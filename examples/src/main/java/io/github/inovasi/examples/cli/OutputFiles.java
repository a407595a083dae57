package io.github.inovasi.examples.cli;

import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.Label;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one way commands write files. A target is checked before anything is read or computed:
 * it must not be one of the command's inputs (even with {@code --force}), must not exist
 * unless {@code --force} is given, may only replace a regular file (never a folder, a device
 * or a link), and its extension must name a format the command writes. Writing goes to a
 * temporary file in the target's folder, forced to disk, and is moved into place only when
 * complete; several files of one command are all written before the first is moved, so a full
 * disk or a failed write leaves none of them. Failures are {@link InovasiException}s with a
 * message in Indonesian and English (exit code 1).
 */
final class OutputFiles {
  /** The formats commands write, told by the file's extension. */
  enum Format {
    JSON(".json"),
    CSV(".csv"),
    XLSX(".xlsx"),
    HTML(".html");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    static Optional<Format> of(Path file) {
      String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
      for (Format f : values()) {
        if (name.endsWith(f.extension)) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }
  }

  /** Writes one file's content; the stream is closed by the caller. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private final List<Path> inputs;
  private final boolean force;

  private OutputFiles(List<Path> inputs, boolean force) {
    this.inputs = List.copyOf(inputs);
    this.force = force;
  }

  /**
   * Returns the writer of a command's outputs.
   *
   * @param inputs the files the command reads; never written
   * @param force whether existing regular files may be replaced
   */
  static OutputFiles of(List<Path> inputs, boolean force) {
    return new OutputFiles(inputs, force);
  }

  /** Checks a target and returns its format, which must be one of {@code accepted}. */
  Format check(Path target, Format... accepted) {
    checkPlace(target);
    Format format = Format.of(target).orElse(null);
    if (format == null || !List.of(accepted).contains(format)) {
      throw failure(
          Label.of(
              "Ekstensi berkas keluaran tidak dikenal: " + target + "; gunakan " + extensions(accepted),
              "Unknown output file extension: " + target + "; use " + extensions(accepted)));
    }
    return format;
  }

  /** Checks where a target goes, whatever its extension. */
  void checkPlace(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    if (absolute.getParent() == null || Files.isDirectory(absolute)) {
      throw failure(Label.of("Keluaran adalah folder, bukan berkas: " + target,
          "The output is a folder, not a file: " + target));
    }
    for (Path input : inputs) {
      if (isSame(absolute, input)) {
        throw failure(
            Label.of(
                "Berkas keluaran " + target + " adalah berkas masukan; tidak akan ditimpa (juga dengan --force)."
                    + " Apakah argumen KELUARAN terlupa?",
                "The output " + target + " is an input of this command; it is never overwritten (not even"
                    + " with --force). Was the OUTPUT argument forgotten?"));
      }
    }
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
        throw failure(
            Label.of(
                "Keluaran " + target + " bukan berkas biasa (perangkat, folder atau tautan); tidak akan diganti",
                "The output " + target + " is not a regular file (a device, folder or link); it is never replaced"));
      }
      if (!force) {
        throw failure(
            Label.of(
                "Berkas " + target + " sudah ada; tidak ditimpa. Pilih nama lain, atau --force untuk menggantinya."
                    + " Jika itu masukan, argumen KELUARAN terlupa.",
                "The file " + target + " already exists and is not overwritten. Choose another name, or --force"
                    + " to replace it. If it is an input, the OUTPUT argument was forgotten."));
      }
    }
    Path folder = absolute.getParent();
    if (!Files.isDirectory(folder)) {
      throw failure(Label.of("Folder tidak ada: " + folder, "Folder does not exist: " + folder));
    }
  }

  private static boolean isSame(Path target, Path input) {
    if (target.equals(input.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input);
    } catch (IOException e) {
      return false;
    }
  }

  /** Checks and writes one file atomically. */
  void write(Path target, Content content) {
    Map<Path, Content> one = new LinkedHashMap<>();
    one.put(target, content);
    writeAll(one);
  }

  /**
   * Writes several files: each checked, all written to temporary files, then all moved into
   * place. On any failure every temporary file is removed and no target is touched.
   */
  void writeAll(Map<Path, Content> files) {
    files.keySet().forEach(this::checkPlace);
    Map<Path, Path> written = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, Content> file : files.entrySet()) {
        Path target = file.getKey().toAbsolutePath().normalize();
        Path temporary = temporary(target);
        written.put(target, temporary);
        writeFully(target, temporary, file.getValue());
      }
      // Checked again just before the move: a file may have appeared meanwhile.
      files.keySet().forEach(this::checkPlace);
      for (Map.Entry<Path, Path> entry : written.entrySet()) {
        move(entry.getValue(), entry.getKey());
      }
      written.clear();
    } finally {
      for (Path temporary : written.values()) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // A leftover hidden temporary file is harmless; the failure is reported already.
        }
      }
    }
  }

  private static Path temporary(Path target) {
    try {
      return Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
    } catch (IOException e) {
      throw failure(target, e);
    }
  }

  private static void writeFully(Path target, Path temporary, Content content) {
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
      content.writeTo(out);
      out.flush();
      channel.force(true);
    } catch (IOException e) {
      throw failure(target, e);
    } catch (java.io.UncheckedIOException e) {
      throw failure(target, e.getCause());
    }
  }

  private static void move(Path temporary, Path target) {
    try {
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw failure(target, e);
    }
  }

  /** A write failure in both languages, named by its cause. */
  static InovasiException failure(Path target, IOException e) {
    String detail = String.valueOf(e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage());
    Label label;
    if (e instanceof NoSuchFileException) {
      label = Label.of("Folder tidak ada: " + target.getParent(), "Folder does not exist: " + target.getParent());
    } else if (e instanceof AccessDeniedException) {
      label = Label.of("Akses ditolak; tidak dapat menulis " + target, "Access denied; cannot write " + target);
    } else if (detail.toLowerCase(Locale.ROOT).contains("no space left") || detail.toLowerCase(Locale.ROOT).contains("disk full")) {
      label = Label.of("Disk penuh; " + target + " tidak ditulis", "Disk full; " + target + " was not written");
    } else {
      label = Label.of("Tidak dapat menulis " + target + ": " + detail, "Cannot write " + target + ": " + detail);
    }
    return new InovasiException(label.indonesian() + " (tidak ada yang ditulis) / " + label.english() + " (nothing was written)", e);
  }

  private static InovasiException failure(Label label) {
    return new InovasiException(label.toString());
  }

  private static String extensions(Format... formats) {
    List<String> names = new ArrayList<>();
    for (Format f : formats) {
      names.add(f.extension);
    }
    return String.join(", ", names);
  }
}
