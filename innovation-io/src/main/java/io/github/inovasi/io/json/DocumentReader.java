package io.github.inovasi.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.inovasi.io.internal.LimitExceededException;
import io.github.inovasi.io.internal.LimitedInputStream;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads one versioned document with Jackson's streaming parser: the envelope
 * ({@code formatVersion}, {@code kind}) and either the fields of one record or an array of
 * records, each passed on as soon as it is built, so memory is bounded by one record. Every
 * problem goes to the log; a syntax error or a limit ends the read with a located problem.
 */
final class DocumentReader<T> {
  static final int FORMAT_VERSION = 1;

  /** Carries an exception thrown by the caller's consumer through the reader unchanged. */
  static final class ConsumerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConsumerFailure(RuntimeException cause) {
      super(cause);
    }
  }

  private final JsonIn in;
  private final JsonKind<T> kind;
  private LimitedInputStream input;
  private final Consumer<? super T> each;
  private long count;

  DocumentReader(JsonIn in, JsonKind<T> kind, Consumer<? super T> each) {
    this.in = in;
    this.kind = kind;
    this.each = each;
  }

  /**
   * Scans the top level for the {@code kind} text without building records (syntax errors
   * and limits are still reported). Returns the text, or empty when there is none.
   */
  static Optional<String> scanKind(JsonIn in) {
    DocumentReader<Object> scanner = new DocumentReader<>(in, null, v -> {});
    java.util.concurrent.atomic.AtomicReference<String> found = new java.util.concurrent.atomic.AtomicReference<>();
    scanner.guarded(
        p -> {
          JsonToken first = p.nextToken();
          if (first == null) {
            scanner.empty();
            return;
          }
          if (first != JsonToken.START_OBJECT) {
            in.wrongType("a JSON object with formatVersion and kind");
            return;
          }
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("kind") && p.currentToken() == JsonToken.VALUE_STRING) {
              // the kind is all the caller needs: the full read that follows reports the rest
              found.set(p.getText());
              return;
            }
            p.skipChildren();
          }
          while (p.nextToken() != null) {
            p.skipChildren();
          }
        });
    return Optional.ofNullable(found.get());
  }

  private interface Step {
    void run(JsonParser p) throws IOException;
  }

  /** Tells the reader its input, so that a syntax error at the very end is reported as truncation. */
  DocumentReader<T> reading(LimitedInputStream input) {
    this.input = input;
    return this;
  }

  /** Whether a parse error happened at the end of the input (a file cut short). */
  private boolean atEndOfInput(JsonProcessingException e) {
    if (input == null || !input.atEnd() || e.getLocation() == null) {
      return false;
    }
    long offset = e.getLocation().getByteOffset();
    // Jackson places the error at the cut token, a few bytes before the end (a BOM also counts).
    return offset >= 0 && offset >= input.count() - 8;
  }

  /** Reads the document; returns how many records were passed on. */
  long read() {
    guarded(this::readDocument);
    return count;
  }

  private void guarded(Step step) {
    JsonParser p = in.parser();
    try {
      step.run(p);
    } catch (IOException e) {
      failure(e);
    } catch (ConsumerFailure e) {
      throw e;
    } catch (InovasiException e) {
      in.log().cause(e);
      in.log().error(here(), "UNREADABLE", Label.of("Dokumen tidak terbaca", "Unreadable document"), null, e.getMessage());
    } catch (RuntimeException e) {
      // A failure of the parser itself: reported, with its cause, never passed on raw.
      in.log().cause(e);
      in.log().error(here(), "UNREADABLE", Label.of("Dokumen tidak terbaca", "Unreadable document"), null, String.valueOf(e));
    }
  }

  private void readDocument(JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      empty();
      return;
    }
    if (first != JsonToken.START_OBJECT) {
      in.wrongType("a JSON object with formatVersion and kind");
    } else {
      readRoot(p);
    }
    if (p.nextToken() != null) {
      in.invalid(
          "TRAILING_CONTENT",
          Label.of("Ada isi sesudah akhir dokumen", "Content after the end of the document"),
          "the end of the document");
    }
  }

  private void empty() {
    in.log().error(
        in.log().at().line(1).column(1).build(),
        "EMPTY_DOCUMENT",
        Label.of("Dokumen kosong", "Empty document"),
        "a JSON object with formatVersion and kind",
        "nothing");
  }

  private void readRoot(JsonParser p) throws IOException {
    Location root = in.location();
    Shape<T, ?>.Reading record = kind.isSingle() ? kind.shape().start(in, root) : null;
    boolean version = false;
    boolean kindSeen = false;
    boolean list = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("formatVersion")) {
        version = version ? duplicate(name) : readVersion();
      } else if (name.equals("kind")) {
        kindSeen = kindSeen ? duplicate(name) : readKind();
      } else if (record != null) {
        record.field(name);
      } else if (name.equals(kind.id())) {
        list = list ? duplicate(name) : readList(p);
      } else {
        in.unknownField(name, java.util.List.of("formatVersion", "kind", kind.id()));
        p.skipChildren();
      }
    }
    if (!version) {
      missing(root, "formatVersion");
    }
    if (!kindSeen) {
      missing(root, "kind");
    }
    if (record != null) {
      T value = record.finish();
      if (value != null) {
        accept(value);
      }
    } else if (!list) {
      missing(root, kind.id());
    }
  }

  private boolean duplicate(String name) throws IOException {
    in.invalid(
        "DUPLICATE_FIELD",
        Label.of("Kolom ganda: " + name, "Field given twice: " + name),
        "each field once");
    return true;
  }

  private boolean readVersion() throws IOException {
    Integer v = Codecs.integer(0, Integer.MAX_VALUE).read(in);
    if (v != null && v != FORMAT_VERSION) {
      in.invalid(
          "UNSUPPORTED_FORMAT_VERSION",
          Label.of("Versi format tidak didukung", "Unsupported format version"),
          String.valueOf(FORMAT_VERSION));
    }
    return true;
  }

  private boolean readKind() throws IOException {
    String k = Codecs.STRING.read(in);
    if (k != null && !k.equals(kind.id())) {
      in.invalid(
          JsonKind.byId(k).isPresent() ? "KIND_MISMATCH" : "UNKNOWN_KIND",
          Label.of("Jenis dokumen tidak sesuai", "Wrong kind of document"),
          '"' + kind.id() + '"');
    }
    return true;
  }

  private boolean readList(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      in.wrongType("an array of " + kind.shape().name());
      return true;
    }
    // Keys only (not records) are kept, so memory stays bounded by one record plus the ids.
    java.util.Set<Object> keys = new java.util.HashSet<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      T value = kind.shape().read(in);
      if (value != null && kind.key() != null && !keys.add(kind.key().apply(value))) {
        Codecs.duplicateKey(in, kind.key().apply(value));
      } else if (value != null) {
        accept(value);
      }
    }
    return true;
  }

  private void accept(T value) {
    count++;
    try {
      each.accept(value);
    } catch (RuntimeException e) {
      throw new ConsumerFailure(e);
    }
  }

  private void missing(Location root, String field) {
    in.log().error(
        Location.builder().from(root).field(field).build(),
        "MISSING_FIELD",
        Label.of("Kolom wajib tidak ada: " + field, "Required field missing: " + field),
        "field " + field,
        null);
  }

  private Location here() {
    try {
      return in.location();
    } catch (RuntimeException e) {
      return in.log().at().build();
    }
  }

  /** Turns a parser failure into a located problem. */
  private void failure(IOException e) {
    Location.Builder at = Location.builder().from(here());
    if (e instanceof JsonProcessingException) {
      JsonLocation l = ((JsonProcessingException) e).getLocation();
      if (l != null && l.getLineNr() > 0) {
        at.line(l.getLineNr());
        if (l.getColumnNr() > 0) {
          at.column(l.getColumnNr());
        }
      }
    }
    String message =
        e instanceof JsonProcessingException
            ? ((JsonProcessingException) e).getOriginalMessage()
            : e.getMessage();
    Optional<String> found = Optional.ofNullable(message);
    if (e instanceof LimitExceededException || e instanceof StreamConstraintsException) {
      in.log().error(
          at.build(),
          "LIMIT_EXCEEDED",
          Label.of("Batas keamanan terlampaui; pembacaan dihentikan", "Safety limit exceeded; reading stopped"),
          null,
          found.orElse(null));
    } else if (e instanceof JsonEOFException
        || (message != null && message.contains("end-of-input"))
        || (e instanceof JsonProcessingException && atEndOfInput((JsonProcessingException) e))) {
      in.log().error(
          at.build(),
          "TRUNCATED",
          Label.of("Dokumen terpotong", "Document is truncated"),
          "the rest of the document",
          found.orElse(null));
    } else if (message != null && message.startsWith("Invalid UTF-8")) {
      in.log().error(
          at.build(),
          "INVALID_UTF8",
          Label.of("Urutan byte UTF-8 tidak sah", "Invalid UTF-8 byte sequence"),
          "UTF-8 text",
          message);
    } else if (e instanceof JsonProcessingException) {
      in.log().error(
          at.build(),
          "MALFORMED_JSON",
          Label.of("JSON tidak sah", "Malformed JSON"),
          null,
          found.orElse(null));
    } else {
      in.log().cause(e);
      in.log().error(
          at.build(),
          "UNREADABLE",
          Label.of("Dokumen tidak terbaca", "Unreadable document"),
          null,
          found.orElse(String.valueOf(e)));
    }
  }
}
