package io.github.inovasi.examples.hostile;

import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.io.table.RegisterEntry;
import io.github.inovasi.io.table.TableFormat;
import io.github.inovasi.model.GovernmentAffair;
import io.github.inovasi.model.Initiator;
import io.github.inovasi.model.Innovation;
import io.github.inovasi.model.InnovationForm;
import io.github.inovasi.model.InnovationType;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.model.Stage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds the hostile corpus of issue 10 at test time (nothing of it is committed): each method
 * writes one kind of hostile file into a folder and returns its path. Sizes are those measured
 * from outside: a 41 KB edition file with one huge exponent, a million array elements, one CSV
 * row of 45 million empty cells, a 300 MB COINr table, a 26 MB .xlsx whose shared strings stay
 * under the zip limits.
 */
public final class HostileInputs {
  /** A small valid assessment document. */
  static final String ASSESSMENT = """
      {"formatVersion": 1, "kind": "assessment",
       "region": {"code": "35.72", "name": "KOTA BLITAR", "level": "KOTA", "autonomous": true,
                  "disadvantaged": false, "border": false},
       "editionId": "iid-2026", "agencies": [], "regionAnswers": [],
       "innovations": [{"innovation": {"id": "inv-1", "name": "NAME", "type": "DIGITAL",
         "form": "PELAYANAN_PUBLIK", "initiator": "ASN", "stage": "PENERAPAN", "mainAffair": "KESEHATAN",
         "otherAffairs": [], "innovators": [], "replications": [], "astaCitaTags": [], "pkpnTags": []},
         "answers": [{"indicatorCode": "16", "claimedLevel": LEVEL, "evidence": []}]}]}
      """;

  /** A small valid iMeta table. */
  static final String META = "Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type\n"
      + "1,A,Alpha,1,1,,,,P,Indicator\n1,B,Beta,1,1,,,,P,Indicator\n2,P,Pillar,1,1,,,,,Aggregate\n";

  /** A small valid recipe. */
  static final String RECIPE = "{\"steps\": [{\"step\": \"normalise\", \"method\": \"minMax\"},"
      + " {\"step\": \"aggregate\", \"method\": \"arithmetic\"}]}";

  private HostileInputs() {}

  /** The bundled 2026 edition file (about 41 KB). */
  static String edition2026() {
    try (InputStream in = HostileInputs.class.getResourceAsStream("/io/github/inovasi/scoring/iid/editions/iid-2026.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  static Path write(Path dir, String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /** The bundled edition with one weight written as 1e1000000000. */
  public static Path editionHugeExponent(Path dir) throws IOException {
    return write(dir, "edition-huge-exponent.json",
        edition2026().replaceFirst("\"weight\": 1([,\\s])", "\"weight\": 1e1000000000$1"));
  }

  /** The bundled edition whose SID catalogue is a million empty objects. */
  public static Path editionMillionElements(Path dir) throws IOException {
    String text = edition2026();
    int sid = text.indexOf("\"sid\": {");
    int open = text.indexOf('[', sid);
    int close = matching(text, open);
    StringBuilder million = new StringBuilder(3_000_000).append('[');
    for (int i = 0; i < 1_000_000; i++) {
      million.append(i == 0 ? "{}" : ",{}");
    }
    million.append(']');
    return write(dir, "edition-million-elements.json", text.substring(0, open) + million + text.substring(close + 1));
  }

  /** The bundled edition with its divisor floor given twice. */
  public static Path editionDuplicateKey(Path dir) throws IOException {
    return write(dir, "edition-duplicate-key.json",
        edition2026().replaceFirst("\"divisorFloor\": \\{", "\"divisorFloor\": {\"value\": 10,"));
  }

  /** An assessment document whose claimed level is 1e1000000000. */
  public static Path documentHugeExponent(Path dir) throws IOException {
    return write(dir, "assessment-huge-exponent.json", ASSESSMENT.replace("NAME", "Antrean").replace("LEVEL", "1e1000000000"));
  }

  /** An assessment document whose innovation name holds the overlong encoding C0 AF of '/'. */
  public static Path documentOverlongUtf8(Path dir) throws IOException {
    byte[] text = ASSESSMENT.replace("LEVEL", "3").getBytes(StandardCharsets.UTF_8);
    return write(dir, "assessment-overlong-utf8.json", replace(text, "NAME", new byte[] {'A', (byte) 0xC0, (byte) 0xAF, 'B'}));
  }

  /** An assessment document whose innovation name is the lone surrogate \uD800 (valid JSON). */
  public static Path documentLoneSurrogate(Path dir) throws IOException {
    return write(dir, "assessment-lone-surrogate.json", ASSESSMENT.replace("NAME", "A\\uD800B").replace("LEVEL", "3"));
  }

  /** An assessment document with a million-element array of other affairs. */
  public static Path documentMillionElements(Path dir) throws IOException {
    StringBuilder million = new StringBuilder(12_000_000).append('[');
    for (int i = 0; i < 1_000_000; i++) {
      million.append(i == 0 ? "\"SOSIAL\"" : ",\"SOSIAL\"");
    }
    million.append(']');
    return write(dir, "assessment-million-elements.json",
        ASSESSMENT.replace("NAME", "Antrean").replace("LEVEL", "3").replace("\"otherAffairs\": []", "\"otherAffairs\": " + million));
  }

  /** A register CSV whose one data row holds 45 million empty cells (45 MB of commas). */
  public static Path csvRowOfEmptyCells(Path dir) throws IOException {
    Path file = dir.resolve("register-45m-empty-cells.csv");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write("kode_wilayah,id_inovasi,nama_inovasi,jenis,bentuk,inisiator,tahapan,urusan_utama\n".getBytes(StandardCharsets.US_ASCII));
      byte[] commas = new byte[1 << 20];
      java.util.Arrays.fill(commas, (byte) ',');
      for (int written = 0; written < 45_000_000; written += commas.length) {
        out.write(commas, 0, Math.min(commas.length, 45_000_000 - written));
      }
      out.write('\n');
    }
    return file;
  }

  /** A register CSV whose innovation name holds the overlong encoding C0 AF of '/'. */
  public static Path csvOverlongUtf8(Path dir) throws IOException {
    byte[] text = ("kode_wilayah,id_inovasi,nama_inovasi,jenis,bentuk,inisiator,tahapan,urusan_utama\n"
        + "35.72,inv-1,NAME,Digital,Pelayanan publik,ASN,Penerapan,Kesehatan\n").getBytes(StandardCharsets.UTF_8);
    return write(dir, "register-overlong-utf8.csv", replace(text, "NAME", new byte[] {'A', (byte) 0xC0, (byte) 0xAF, 'B'}));
  }

  /**
   * A COINr iData table of about 300 MB (three million units of 100 bytes), with a small
   * iMeta table and recipe beside it; returns the iData path.
   */
  public static Path coinrTable300Mb(Path dir) throws IOException {
    write(dir, "iMeta.csv", META);
    write(dir, "recipe.json", RECIPE);
    Path file = dir.resolve("iData.csv");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write("uCode,uName,A,B\n".getBytes(StandardCharsets.US_ASCII));
      String pad = "x".repeat(70);
      for (int i = 0; i < 3_000_000; i++) {
        out.write(("U" + i + "," + pad + "," + (i % 97) + ".5," + (i % 89) + ".25\n").getBytes(StandardCharsets.US_ASCII));
      }
    }
    return file;
  }

  /** A recipe with its "steps" key given twice (the last one would silently win). */
  public static Path recipeDuplicateKey(Path dir) throws IOException {
    write(dir, "iMeta.csv", META);
    write(dir, "iData.csv", "uCode,uName,A,B\nX,Ex,1,2\nY,Why,3,4\nZ,Zed,5,1\n");
    return write(dir, "recipe-duplicate-steps.json", "{\"steps\": [{\"step\": \"normalise\", \"method\": \"rank\"}],"
        + " \"steps\": [{\"step\": \"normalise\", \"method\": \"minMax\"}, {\"step\": \"aggregate\", \"method\": \"arithmetic\"}]}");
  }

  /** Writes one part of a zip file. */
  @FunctionalInterface
  interface PartWriter {
    void write(OutputStream out) throws IOException;
  }

  /**
   * Writes a register .xlsx made by the library to {@code file}, with the parts named in
   * {@code parts} replaced by what their writer streams.
   */
  static Path editedXlsx(Path file, Map<String, PartWriter> parts) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (RecordWriter<RegisterEntry> w = InovasiTables.create().registerWriter(buffer, TableFormat.XLSX)) {
      w.write(RegisterEntry.of(RegionCode.parse("35.72"), Innovation.builder().id("inv-1").name("Antrean daring")
          .type(InnovationType.DIGITAL).form(InnovationForm.PUBLIC_SERVICE).initiator(Initiator.AGENCY)
          .stage(Stage.IMPLEMENTATION).mainAffair(GovernmentAffair.HEALTH).build()));
    }
    Files.write(file, buffer.toByteArray());
    Map<String, byte[]> base = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          base.put(e.getName(), in.readAllBytes());
        }
      }
    }
    try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      for (Map.Entry<String, byte[]> p : base.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        PartWriter replacement = parts.get(p.getKey());
        if (replacement == null) {
          zip.write(p.getValue());
        } else {
          replacement.write(zip);
        }
        zip.closeEntry();
      }
    }
    return file;
  }

  /** A register .xlsx whose first shared-string cell points past the shared-strings table. */
  public static Path xlsxDanglingSharedString(Path dir) throws IOException {
    Path file = dir.resolve("register-dangling-shared-string.xlsx");
    byte[] sheet;
    editedXlsx(file, Map.of());
    try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
      sheet = in.readAllBytes();
    }
    String s = new String(sheet, StandardCharsets.UTF_8);
    int cell = s.indexOf("t=\"s\"");
    int v = s.indexOf("<v>", cell);
    int end = s.indexOf("</v>", v);
    byte[] dangling = (s.substring(0, v + 3) + "999999" + s.substring(end)).getBytes(StandardCharsets.UTF_8);
    return editedXlsx(file, Map.of("xl/worksheets/sheet1.xml", out -> out.write(dangling)));
  }

  /**
   * A register .xlsx of about 26 MB whose shared-strings table holds 12 million distinct strings
   * (about 240 MB of XML, compressed about 9:1, so under the decompression-ratio limit), streamed
   * to disk.
   */
  public static Path xlsxSharedStringsBomb(Path dir) throws IOException {
    int count = 12_000_000;
    return editedXlsx(dir.resolve("register-shared-strings-bomb.xlsx"), Map.of("xl/sharedStrings.xml", out -> {
      java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
          + count + "\" uniqueCount=\"" + count + "\">");
      java.util.SplittableRandom random = new java.util.SplittableRandom(10);
      for (int i = 0; i < count; i++) {
        w.write("<si><t>");
        w.write(Long.toString(random.nextLong() | Long.MIN_VALUE >>> 1, 36), 0, 9);
        w.write("</t></si>");
      }
      w.write("</sst>");
      w.flush();
    }));
  }

  private static int matching(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("no matching bracket");
  }

  private static byte[] replace(byte[] text, String marker, byte[] with) {
    String s = new String(text, StandardCharsets.ISO_8859_1);
    int at = s.indexOf(marker);
    byte[] out = new byte[text.length - marker.length() + with.length];
    System.arraycopy(text, 0, out, 0, at);
    System.arraycopy(with, 0, out, at, with.length);
    System.arraycopy(text, at + marker.length(), out, at + with.length, text.length - at - marker.length());
    return out;
  }
}
