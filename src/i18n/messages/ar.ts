import type { Messages } from '../messages.js';

/** Arabic: loaded when a widget is shown in Arabic. */
const ar: Messages = {
  loading: 'جارٍ التحميل…',
  error: 'تعذّر عرض هذا المحتوى.',
  details: 'التفاصيل',
  empty: 'لا يوجد ما يُعرض بعد.',
  learnMore: 'اعرف المزيد',
  more: 'عرض المزيد',
  shownOf: (n, total) => `تم عرض ${n} من ${total}`,
  topics: 'المواضيع',
  dates: 'التواريخ',
  location: 'المكان',
  participants: 'المشاركون',
  organizers: 'الجهات المنظمة',
  parties: 'الأطراف',
  signatories: 'الجهات الموقّعة',
  colon: ': ',
  comma: '، ',
  credit: (who) => `الصورة: ${who}`,
  people: { two: 'مشاركان', few: 'مشاركين', many: 'مشاركًا', other: 'مشارك' },
  countries: { two: 'دولتين', few: 'دول', other: 'دولة' },
  regions: (r) => `من ${r}`,
  qualify: { over: (n) => `أكثر من ${n}`, nearly: (n) => `قرابة ${n}`, about: (n) => `نحو ${n}` },
  origin: (w) => `من ${w}`,
  since: (y) => `منذ ${y}`,
};

export default ar;
