import type { Qualifier } from '../feed/types.js';

/** Word forms by plural category (`Intl.PluralRules`); `other` stands for every category left out. */
export type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The interface text of every element, in one language. */
export interface Messages {
  loading: string;
  /** Heading of the error state; the specific reason follows it. */
  error: string;
  empty: string;
  learnMore: string;
  topics: string;
  dates: string;
  location: string;
  participants: string;
  organizers: string;
  parties: string;
  signatories: string;
  /** What stands between a label and its value: ": ", or "\u00a0: " in French. */
  colon: string;
  /** What separates the parts of an address: ", ", "، ", "，". */
  comma: string;
  /** "Image: CIPO". */
  credit: (who: string) => string;
  /** Nouns counted by a number that stands before them: "9 participants". */
  people: Forms;
  countries: Forms;
  /** "from Africa, Asia and Latin America". */
  regions: (list: string) => string;
  /** "over 200", "nearly 90", "about 40". */
  qualify: Record<Qualifier, (n: string) => string>;
  /** A shorter form for the big figure of a badge ("200+"), where the language has one. */
  figure?: Partial<Record<Qualifier, (n: string) => string>>;
  /** "from nearly 90 countries". */
  origin: (where: string) => string;
  /** "since 1997". */
  since: (when: string) => string;
  /** Puts count, origin and since into one sentence, where plain spaces will not do. */
  sentence?: (count: string, origin?: string, since?: string) => string;
}

const en: Messages = {
  loading: 'Loading…',
  error: 'This content could not be shown.',
  empty: 'Nothing to show yet.',
  learnMore: 'Learn more',
  topics: 'Topics',
  dates: 'Dates',
  location: 'Location',
  participants: 'Participants',
  organizers: 'Organized by',
  parties: 'Parties',
  signatories: 'Signed by',
  colon: ': ',
  comma: ', ',
  credit: (who) => `Image: ${who}`,
  people: { one: 'participant', other: 'participants' },
  countries: { one: 'country', other: 'countries' },
  regions: (r) => `from ${r}`,
  qualify: { over: (n) => `over ${n}`, nearly: (n) => `nearly ${n}`, about: (n) => `about ${n}` },
  figure: { over: (n) => `${n}+` },
  origin: (w) => `from ${w}`,
  since: (y) => `since ${y}`,
};

// French typography: a no-break space before ":" (U+00A0).
const fr: Messages = {
  loading: 'Chargement…',
  error: 'Ce contenu ne peut pas être affiché.',
  empty: 'Rien à afficher pour le moment.',
  learnMore: 'En savoir plus',
  topics: 'Thèmes',
  dates: 'Dates',
  location: 'Lieu',
  participants: 'Participants',
  organizers: 'Organisé par',
  parties: 'Parties',
  signatories: 'Signé par',
  colon: '\u00a0: ',
  comma: ', ',
  credit: (who) => `Image\u00a0: ${who}`,
  people: { one: 'participant', other: 'participants' },
  countries: { other: 'pays' },
  regions: (r) => `(${r})`,
  qualify: { over: (n) => `plus de ${n}`, nearly: (n) => `près de ${n}`, about: (n) => `environ ${n}` },
  origin: (w) => (/^[aeiouyéè]/i.test(w) ? 'd’' : 'de ') + w,
  since: (y) => `depuis ${y}`,
};

const es: Messages = {
  loading: 'Cargando…',
  error: 'No se puede mostrar este contenido.',
  empty: 'Todavía no hay nada que mostrar.',
  learnMore: 'Más información',
  topics: 'Temas',
  dates: 'Fechas',
  location: 'Lugar',
  participants: 'Participantes',
  organizers: 'Organizado por',
  parties: 'Partes',
  signatories: 'Firmado por',
  colon: ': ',
  comma: ', ',
  credit: (who) => `Imagen: ${who}`,
  people: { one: 'participante', other: 'participantes' },
  countries: { one: 'país', other: 'países' },
  regions: (r) => `de ${r}`,
  qualify: { over: (n) => `más de ${n}`, nearly: (n) => `casi ${n}`, about: (n) => `alrededor de ${n}` },
  origin: (w) => `de ${w}`,
  since: (y) => `desde ${y}`,
};

// "около"/"более" take the genitive: where the noun after n is not genitive plural
// ("21 участник", "22 участника"), use "примерно"/"более чем", which keep its case.
const ruMany = (n: string) =>
  new Intl.PluralRules('ru').select(Number(n.replace(/\s/g, '').replace(',', '.'))) === 'many';

const ru: Messages = {
  loading: 'Загрузка…',
  error: 'Не удалось показать этот материал.',
  empty: 'Пока нечего показать.',
  learnMore: 'Подробнее',
  topics: 'Темы',
  dates: 'Даты',
  location: 'Место проведения',
  participants: 'Участники',
  organizers: 'Организаторы',
  parties: 'Стороны',
  signatories: 'Подписали',
  colon: ': ',
  comma: ', ',
  credit: (who) => `Фото: ${who}`,
  people: { one: 'участник', many: 'участников', other: 'участника' },
  // Genitive, as in "из 90 стран".
  countries: { few: 'стран', many: 'стран', other: 'страны' },
  regions: (r) => `(${r})`,
  qualify: {
    over: (n) => (ruMany(n) ? `более ${n}` : `более чем ${n}`),
    nearly: (n) => `почти ${n}`,
    about: (n) => (ruMany(n) ? `около ${n}` : `примерно ${n}`),
  },
  // "из более чем 200 стран", "примерно из 90 стран" (not "из около").
  origin: (w) =>
    /^(около|примерно) /.test(w)
      ? `примерно из ${w.replace(/^\S+ /, '')}`
      : `из ${w.replace(/^более (?!чем )/, 'более чем ')}`,
  since: (y) => `с ${y}`,
};

// No space between a number and the measure word: "200多名学员", "近90个国家".
const tight = (s: string) => s.replace(/([\d多]) (?=\p{sc=Han})/gu, '$1');

const zh: Messages = {
  loading: '正在加载…',
  error: '无法显示此内容。',
  empty: '暂无内容。',
  learnMore: '了解更多',
  topics: '主题',
  dates: '日期',
  location: '地点',
  participants: '学员',
  organizers: '主办方',
  parties: '协议各方',
  signatories: '签署方',
  colon: '：',
  comma: '，',
  credit: (who) => `图片：${who}`,
  people: { other: '名学员' },
  countries: { other: '个国家' },
  regions: (r) => `来自${r}`,
  qualify: { over: (n) => `${n}多`, nearly: (n) => `近${n}`, about: (n) => `约${n}` },
  origin: (w) => `来自${tight(w)}`,
  since: (y) => `自${y}以来`,
  // "自1997年以来，来自近90个国家的200多名学员".
  sentence: (c, o, y) => (y ? `${y}，` : '') + (o ? `${o}的` : '') + tight(c),
};

const ar: Messages = {
  loading: 'جارٍ التحميل…',
  error: 'تعذّر عرض هذا المحتوى.',
  empty: 'لا يوجد ما يُعرض بعد.',
  learnMore: 'اعرف المزيد',
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

/** The interface languages: the six official languages of the United Nations. */
export const MESSAGES = { ar, en, es, fr, ru, zh } as const satisfies Record<string, Messages>;
export type UiLanguage = keyof typeof MESSAGES;

/** Interface text for a language tag (`fr-CA` → French); English when the language is not one of the six. */
export const messagesFor = (lang: string): Messages => {
  const base = lang.split('-')[0].toLowerCase();
  // Own keys only: lang="constructor" must not find Object's.
  return Object.hasOwn(MESSAGES, base) ? MESSAGES[base as UiLanguage] : en;
};

/** "Over 200 participants from nearly 90 countries since 1997", in the language's own order. */
export const sentence = (m: Messages, count: string, origin?: string, since?: string) =>
  m.sentence?.(count, origin, since) ?? [count, origin, since].filter(Boolean).join(' ');
