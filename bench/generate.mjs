// Writes the benchmark inputs into bench/generated/ (gitignored): synthetic but
// realistic feeds (the shape of feeds/wipo-cipo-2024.json: English and French
// text, six-language regions and topics, partial dates, qualified counts),
// generated from a fixed seed so that every run measures the same bytes.
//
//   node bench/generate.mjs        → bench/generated/feed-{100,500,2000,10000}.json
//
// Every file written under bench/generated/ goes through Prettier first: the project's
// `prettier --check .` does not read nested .gitignore files, so it would otherwise fail on them.
/* global Buffer, process */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

export const OUT = fileURLToPath(new URL('./generated/', import.meta.url));
export const SIZES = [100, 500, 2000, 10000];

/** mulberry32: a small, fast, deterministic PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORGS = [
  [
    'wipo',
    'World Intellectual Property Organization',
    'Organisation Mondiale de la Propriété Intellectuelle',
    'WIPO',
    'OMPI',
  ],
  ['wipo-academy', 'WIPO Academy', 'Académie de l’OMPI'],
  ['cipo', 'Canadian Intellectual Property Office', 'Office de la propriété intellectuelle du Canada', 'CIPO', 'OPIC'],
  ['epo', 'European Patent Office', 'Office européen des brevets', 'EPO', 'OEB'],
  ['jpo', 'Japan Patent Office', 'Office japonais des brevets', 'JPO', 'JPO'],
  [
    'inpi-br',
    'National Institute of Industrial Property (Brazil)',
    'Institut national de la propriété industrielle (Brésil)',
    'INPI',
    'INPI',
  ],
  [
    'oapi',
    'African Intellectual Property Organization',
    'Organisation Africaine de la Propriété Intellectuelle',
    'OAPI',
    'OAPI',
  ],
  [
    'aripo',
    'African Regional Intellectual Property Organization',
    'Organisation régionale africaine de la propriété intellectuelle',
    'ARIPO',
    'ARIPO',
  ],
  ['kipo', 'Korean Intellectual Property Office', 'Office coréen de la propriété intellectuelle', 'KIPO', 'KIPO'],
  [
    'ipos',
    'Intellectual Property Office of Singapore',
    'Office de la propriété intellectuelle de Singapour',
    'IPOS',
    'IPOS',
  ],
  ['dpma', 'German Patent and Trade Mark Office', 'Office allemand des brevets et des marques', 'DPMA', 'DPMA'],
  [
    'inpi-fr',
    'National Institute of Industrial Property (France)',
    'Institut national de la propriété industrielle (France)',
    'INPI',
    'INPI',
  ],
];

// [en, fr, es, ar, ru, zh]
const SUBJECTS = [
  ['Patent examination', 'Examen des brevets', 'Examen de patentes', 'فحص البراءات', 'Экспертиза патентов', '专利审查'],
  [
    'Trademark practice',
    'Pratique des marques',
    'Práctica de marcas',
    'ممارسة العلامات التجارية',
    'Практика товарных знаков',
    '商标实务',
  ],
  [
    'Industrial designs',
    'Dessins et modèles industriels',
    'Diseños industriales',
    'التصاميم الصناعية',
    'Промышленные образцы',
    '工业品外观设计',
  ],
  [
    'Copyright and related rights',
    'Droit d’auteur et droits connexes',
    'Derecho de autor y derechos conexos',
    'حق المؤلف والحقوق المجاورة',
    'Авторское право и смежные права',
    '版权及相关权',
  ],
  [
    'Geographical indications',
    'Indications géographiques',
    'Indicaciones geográficas',
    'المؤشرات الجغرافية',
    'Географические указания',
    '地理标志',
  ],
  [
    'IP office management',
    'Gestion des offices de PI',
    'Gestión de oficinas de PI',
    'إدارة مكاتب الملكية الفكرية',
    'Управление ведомствами ИС',
    '知识产权局管理',
  ],
  [
    'IT modernization',
    'Modernisation des TI',
    'Modernización de TI',
    'تحديث تكنولوجيا المعلومات',
    'Модернизация ИТ',
    '信息技术现代化',
  ],
  ['IP analytics', 'Analyse de la PI', 'Análisis de PI', 'تحليلات الملكية الفكرية', 'Аналитика ИС', '知识产权分析'],
  [
    'Technology transfer',
    'Transfert de technologie',
    'Transferencia de tecnología',
    'نقل التكنولوجيا',
    'Передача технологий',
    '技术转让',
  ],
  [
    'IP and SMEs',
    'La PI et les PME',
    'La PI y las pymes',
    'الملكية الفكرية والمنشآت الصغيرة',
    'ИС и МСП',
    '知识产权与中小企业',
  ],
  ['Enforcement', 'Respect des droits', 'Observancia', 'الإنفاذ', 'Защита прав', '执法'],
  [
    'Traditional knowledge',
    'Savoirs traditionnels',
    'Conocimientos tradicionales',
    'المعارف التقليدية',
    'Традиционные знания',
    '传统知识',
  ],
  [
    'Client awareness',
    'Sensibilisation de la clientèle',
    'Sensibilización de los usuarios',
    'توعية العملاء',
    'Информирование заявителей',
    '客户意识',
  ],
  [
    'Strategic planning',
    'Planification stratégique',
    'Planificación estratégica',
    'التخطيط الاستراتيجي',
    'Стратегическое планирование',
    '战略规划',
  ],
  [
    'Examiner training',
    'Formation des examinateurs',
    'Formación de examinadores',
    'تدريب الفاحصين',
    'Подготовка экспертов',
    '审查员培训',
  ],
  [
    'Patent information',
    'Information en matière de brevets',
    'Información sobre patentes',
    'معلومات البراءات',
    'Патентная информация',
    '专利信息',
  ],
  [
    'Mediation and arbitration',
    'Médiation et arbitrage',
    'Mediación y arbitraje',
    'الوساطة والتحكيم',
    'Посредничество и арбитраж',
    '调解与仲裁',
  ],
  [
    'Women in innovation',
    'Les femmes dans l’innovation',
    'Las mujeres en la innovación',
    'المرأة في الابتكار',
    'Женщины в инновациях',
    '女性与创新',
  ],
  [
    'Climate technologies',
    'Technologies climatiques',
    'Tecnologías climáticas',
    'تكنولوجيات المناخ',
    'Климатические технологии',
    '气候技术',
  ],
  [
    'Artificial intelligence and IP',
    'Intelligence artificielle et PI',
    'Inteligencia artificial y PI',
    'الذكاء الاصطناعي والملكية الفكرية',
    'Искусственный интеллект и ИС',
    '人工智能与知识产权',
  ],
  [
    'Quality management',
    'Gestion de la qualité',
    'Gestión de la calidad',
    'إدارة الجودة',
    'Управление качеством',
    '质量管理',
  ],
  [
    'International filing systems',
    'Systèmes de dépôt international',
    'Sistemas de presentación internacional',
    'أنظمة الإيداع الدولي',
    'Международные системы подачи заявок',
    '国际申请体系',
  ],
  ['Licensing', 'Concession de licences', 'Concesión de licencias', 'الترخيص', 'Лицензирование', '许可'],
  [
    'Branding for communities',
    'Image de marque des collectivités',
    'Marcas para comunidades',
    'العلامات للمجتمعات',
    'Брендинг для сообществ',
    '社区品牌建设',
  ],
];
const LANGS = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];
const text6 = (row) => Object.fromEntries(LANGS.map((l, i) => [l, row[i]]));

const REGIONS = [
  ['Africa', 'Afrique', 'África', 'أفريقيا', 'Африка', '非洲'],
  ['Asia', 'Asie', 'Asia', 'آسيا', 'Азия', '亚洲'],
  ['Latin America', 'Amérique latine', 'América Latina', 'أمريكا اللاتينية', 'Латинская Америка', '拉丁美洲'],
  ['the Caribbean', 'les Caraïbes', 'el Caribe', 'منطقة البحر الكاريبي', 'Карибский бассейн', '加勒比'],
  ['the Arab region', 'la région arabe', 'la región árabe', 'المنطقة العربية', 'Арабский регион', '阿拉伯区域'],
  ['Central Europe', 'l’Europe centrale', 'Europa Central', 'أوروبا الوسطى', 'Центральная Европа', '中欧'],
  ['the Pacific', 'le Pacifique', 'el Pacífico', 'المحيط الهادئ', 'Тихоокеанский регион', '太平洋'],
];

const PLACES = [
  ['Geneva', 'Genève', 'CH'],
  ['Gatineau', 'Gatineau', 'CA'],
  ['Ottawa', 'Ottawa', 'CA'],
  ['Munich', 'Munich', 'DE'],
  ['Tokyo', 'Tokyo', 'JP'],
  ['Rio de Janeiro', 'Rio de Janeiro', 'BR'],
  ['Yaoundé', 'Yaoundé', 'CM'],
  ['Harare', 'Harare', 'ZW'],
  ['Daejeon', 'Daejeon', 'KR'],
  ['Singapore', 'Singapour', 'SG'],
  ['Cairo', 'Le Caire', 'EG'],
  ['Mexico City', 'Mexico', 'MX'],
  ['Nairobi', 'Nairobi', 'KE'],
  ['Bangkok', 'Bangkok', 'TH'],
  ['Courbevoie', 'Courbevoie', 'FR'],
  ['Moscow', 'Moscou', 'RU'],
];
const VENUES = [
  ['WIPO headquarters', 'siège de l’OMPI'],
  ['the national IP office', 'l’office national de PI'],
  ['the university campus', 'le campus universitaire'],
  ['the regional training centre', 'le centre régional de formation'],
  ['online', 'en ligne'],
];
const KINDS = [
  ['Executive Training Program', 'Programme de formation des cadres'],
  ['Advanced Course', 'Cours avancé'],
  ['Summer School', 'Université d’été'],
  ['Regional Workshop', 'Atelier régional'],
  ['Distance Learning Course', 'Cours d’enseignement à distance'],
  ['Master Class', 'Classe de maître'],
  ['Study Visit', 'Visite d’étude'],
];
const SENTENCES = [
  [
    'This program is designed for senior officials of intellectual property offices in developing and least developed countries.',
    'Ce programme s’adresse aux hauts fonctionnaires des offices de propriété intellectuelle des pays en développement et des pays les moins avancés.',
  ],
  [
    'Participants join practical sessions with experts and present the work of their own office.',
    'Les participants prennent part à des séances pratiques avec des spécialistes et présentent les travaux de leur propre office.',
  ],
  [
    'Each participant takes on a research project guided by a dedicated advisor.',
    'Chaque participant entreprend un projet de recherche sous la direction d’un conseiller attitré.',
  ],
  [
    'The course combines lectures, case studies and visits to innovation centres.',
    'Le cours associe exposés, études de cas et visites de centres d’innovation.',
  ],
  [
    'It ends with an assessment and a certificate of completion.',
    'Il se termine par une évaluation et la remise d’un certificat.',
  ],
];

/** A feed with `count` programs, the same for the same `count` and `seed`. */
export function makeFeed(count, seed = 2024) {
  const r = rng(seed * 7919 + count);
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const pickOne = (list) => list[int(0, list.length - 1)];
  const pickSome = (list, lo, hi) => {
    const pool = [...list];
    const out = [];
    for (let n = int(lo, hi); n > 0 && pool.length; n--) out.push(pool.splice(int(0, pool.length - 1), 1)[0]);
    return out;
  };
  const pad = (n) => String(n).padStart(2, '0');
  const isoDay = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

  const organizations = ORGS.map(([id, en, fr, sen, sfr]) => ({
    id,
    name: { en, fr },
    ...(sen ? { short: { en: sen, fr: sfr } } : {}),
    url: `https://example.org/organizations/${id}/`,
  }));
  const topics = SUBJECTS.map((row, i) => ({ id: `topic-${i + 1}`, label: text6(row) }));

  const programs = [];
  for (let i = 0; i < count; i++) {
    const [subjectEn, subjectFr] = pickOne(SUBJECTS);
    const [kindEn, kindFr] = pickOne(KINDS);
    const year = int(1998, 2026);
    const start = new Date(Date.UTC(year, int(0, 11), int(1, 28)));
    const precision = r();
    const program = {
      id: `program-${String(i + 1).padStart(5, '0')}`,
      title: { en: `${kindEn} on ${subjectEn} ${year}`, fr: `${kindFr} : ${subjectFr.toLowerCase()} ${year}` },
    };
    if (r() < 0.9) {
      const sentences = pickSome(SENTENCES, 1, 3);
      program.summary = {
        en: sentences.map((s) => s[0]).join(' '),
        fr: sentences.map((s) => s[1]).join(' '),
      };
    }
    program.organizers = pickSome(ORGS, 1, 3).map((o) => o[0]);
    if (precision < 0.05) program.start = String(year);
    else if (precision < 0.15) program.start = isoDay(start).slice(0, 7);
    else {
      program.start = isoDay(start);
      const days = pickOne([0, 2, 4, 4, 4, 9, 13, 20, 45]);
      if (days) program.end = isoDay(new Date(start.getTime() + days * 86_400_000));
    }
    if (r() < 0.92) {
      const [cityEn, cityFr, country] = pickOne(PLACES);
      const location = {};
      if (r() < 0.5) {
        const [venueEn, venueFr] = pickOne(VENUES);
        location.venue = { en: venueEn, fr: venueFr };
      }
      location.city = cityEn === cityFr ? cityEn : { en: cityEn, fr: cityFr };
      location.country = country;
      program.location = location;
    }
    if (r() < 0.85) {
      const participants = { value: int(6, 400) };
      if (r() < 0.3) participants.qualifier = pickOne(['over', 'nearly', 'about']);
      if (r() < 0.5) participants.regions = pickSome(REGIONS, 1, 4).map(text6);
      if (r() < 0.3) participants.countries = { value: int(2, 90) };
      program.participants = participants;
    }
    program.topics = pickSome(topics, 1, 5).map((t) => t.id);
    program.url = `https://example.org/academy/programs/${program.id}`;
    programs.push(program);
  }

  const agreements = Array.from({ length: 6 }, (_, i) => {
    const parties = pickSome(ORGS, 2, 3).map((o) => o[0]);
    const first = int(1990, 2010);
    return {
      id: `agreement-${i + 1}`,
      title: { en: `Cooperation agreement ${i + 1}`, fr: `Accord de coopération ${i + 1}` },
      parties,
      summary: {
        en: 'Training, exchanges of examiners and shared tools.',
        fr: 'Formation, échanges d’examinateurs et outils communs.',
      },
      events: Array.from({ length: int(3, 8) }, (_, j) => ({
        date: j === 0 ? String(first) : `${first + j * 2}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
        label: { en: `Milestone ${j + 1}`, fr: `Étape ${j + 1}` },
        ...(j % 3 === 1
          ? {
              signatories: [
                {
                  name: `Signatory ${j}`,
                  role: { en: 'Director General', fr: 'Directeur général' },
                  organization: parties[0],
                },
              ],
            }
          : {}),
      })),
    };
  });

  const stats = [
    {
      id: 'alumni',
      value: count * 12,
      qualifier: 'over',
      label: { en: 'participants', fr: 'participants' },
      since: '1998',
    },
    {
      id: 'reach',
      value: 190,
      qualifier: 'nearly',
      label: { en: 'participants', fr: 'participants' },
      secondary: { value: 90, qualifier: 'nearly', label: { en: 'countries', fr: 'pays' } },
      since: '1998',
    },
    { id: 'programs', value: count, label: { en: 'programs', fr: 'programmes' } },
  ];

  return { version: 1, language: 'en', organizations, topics, programs, agreements, stats };
}

/** Writes `value` as JSON to `file`, formatted as the project's Prettier settings want it. */
export async function writeJson(file, value) {
  const options = await prettier.resolveConfig(file);
  const text = await prettier.format(JSON.stringify(value, null, 2), { ...options, filepath: file });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

export async function generate() {
  mkdirSync(OUT, { recursive: true });
  return Promise.all(
    SIZES.map(async (size) => {
      const file = `${OUT}feed-${size}.json`;
      return { file, size, bytes: await writeJson(file, makeFeed(size)) };
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { file, size, bytes } of await generate())
    console.log(`${file}: ${size} programs, ${(bytes / 1024).toFixed(0)} KB`);
}
