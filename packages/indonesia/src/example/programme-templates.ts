/**
 * Programme names for the example data, per Smart City dimension, with the unit their
 * beneficiaries are counted in. Typical regional programmes; none refers to a real programme.
 */
import type { SmartCityDimension } from '../frameworks/smart-city.js';

/** The unit beneficiaries are counted in. */
export type BeneficiaryUnit = 'persons' | 'households' | 'businesses';

/** Programme name templates by dimension. */
export const PROGRAMME_TEMPLATES: Readonly<
  Record<SmartCityDimension, readonly (readonly [string, BeneficiaryUnit])[]>
> = {
  governance: [
    ['Mal Pelayanan Publik', 'persons'],
    ['Layanan Adminduk Daring', 'persons'],
    ['Aplikasi Pengaduan Warga', 'persons'],
    ['Perizinan Berusaha Daring', 'businesses'],
    ['Musrenbang Elektronik', 'persons'],
  ],
  branding: [
    ['Kalender Event Pariwisata Digital', 'persons'],
    ['Desa Wisata Digital', 'households'],
    ['Katalog Produk Unggulan Daerah', 'businesses'],
    ['Penataan Ruang Publik Kreatif', 'persons'],
  ],
  economy: [
    ['Pelatihan Digital UMKM', 'businesses'],
    ['Pasar Daring Daerah', 'businesses'],
    ['Retribusi Non-Tunai', 'businesses'],
    ['Bantuan Sosial Non-Tunai', 'households'],
  ],
  living: [
    ['Telemedisin Puskesmas', 'persons'],
    ['Antrean Daring Rumah Sakit Daerah', 'persons'],
    ['Transportasi Umum Terintegrasi', 'persons'],
    ['Sistem Rujukan Terpadu', 'persons'],
  ],
  society: [
    ['Wi-Fi Publik', 'persons'],
    ['Perpustakaan Digital', 'persons'],
    ['CCTV Lingkungan', 'households'],
    ['Literasi Digital Warga', 'persons'],
  ],
  environment: [
    ['Bank Sampah Digital', 'households'],
    ['Penerangan Jalan Tenaga Surya', 'households'],
    ['Pemantauan Kualitas Udara', 'persons'],
    ['Pengelolaan Air Limbah Domestik', 'households'],
  ],
};
