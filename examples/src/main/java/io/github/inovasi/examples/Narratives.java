package io.github.inovasi.examples;

import io.github.inovasi.model.GovernmentAffair;
import java.util.Locale;

/** Builds the design narratives (rancang bangun) of the sample innovations. */
final class Narratives {
  private Narratives() {}

  /**
   * Returns a design narrative of about 320 words, or a short one (under the 300 words the
   * 2026 guideline asks for) when {@code brief} is set.
   */
  static String design(String name, GovernmentAffair affair, boolean brief) {
    String area = affair.label().indonesian().toLowerCase(Locale.ROOT);
    String opening = name + " lahir dari keluhan warga tentang layanan " + area
        + " yang jauh, lambat dan mahal, terutama bagi warga di pulau-pulau kecil dan desa terpencil"
        + " di Kabupaten Rote Ndao. ";
    if (brief) {
      return opening + "Rancangan lengkap masih disusun bersama perangkat daerah terkait.";
    }
    return opening
        + "Sebelum inovasi ini, warga harus menempuh perjalanan laut dan darat berjam-jam, menunggu"
        + " giliran tanpa kepastian, dan sering kembali tanpa hasil karena berkas tidak lengkap atau"
        + " petugas tidak ada di tempat. Pokok perubahan yang dilakukan ada empat. Pertama, layanan"
        + " didekatkan kepada warga melalui jadwal kunjungan tetap ke desa dan kelurahan, disusun"
        + " bersama kepala desa dan diumumkan lewat rumah ibadah, sekolah dan media sosial pemerintah"
        + " daerah. Kedua, alur layanan disederhanakan: persyaratan dikurangi menjadi yang benar-benar"
        + " diperlukan, formulir dibuat satu halaman, dan petugas membantu warga mengisi formulir di"
        + " tempat. Ketiga, data warga yang dilayani dicatat secara teratur sehingga perangkat daerah"
        + " dapat memantau capaian, menemukan desa yang belum terjangkau dan merencanakan anggaran"
        + " tahun berikutnya berdasarkan kebutuhan nyata. Keempat, warga dilibatkan sebagai kader yang"
        + " menyampaikan informasi, mengumpulkan masukan dan ikut mengawasi mutu layanan. Inovasi ini"
        + " dijalankan oleh tim lintas perangkat daerah yang ditetapkan dengan surat keputusan, dengan"
        + " pembagian tugas yang jelas antara perencana, pelaksana lapangan dan pengelola data. Biaya"
        + " operasional dibiayai dari anggaran perangkat daerah dan dukungan dana desa untuk kegiatan"
        + " di tingkat desa. Untuk menjaga keberlanjutan, standar operasional prosedur disusun dan"
        + " dilatihkan kepada petugas baru, serta dievaluasi setiap semester bersama warga penerima"
        + " manfaat. Hasil evaluasi dipakai untuk memperbaiki jadwal, menambah lokasi layanan dan"
        + " menyesuaikan kebutuhan kelompok rentan seperti lansia, penyandang disabilitas, ibu hamil"
        + " dan anak-anak. Rancangan ini dapat direplikasi oleh daerah kepulauan lain karena memakai"
        + " sumber daya yang umumnya tersedia di setiap kabupaten dan tidak memerlukan teknologi mahal."
        + " Ukuran keberhasilan yang dipakai adalah jumlah warga terlayani, waktu tunggu, biaya yang"
        + " dikeluarkan warga, dan tingkat kepuasan yang diukur melalui survei kepuasan masyarakat."
        + " Seluruh capaian dilaporkan setiap triwulan kepada kepala daerah dan dibahas dalam forum"
        + " perangkat daerah, sehingga hambatan di lapangan dapat segera diselesaikan bersama.";
  }
}
