import type { Messages } from '../messages.js';

/** Russian: loaded when a widget is shown in Russian. */
// "около"/"более" take the genitive: where the noun after n is not genitive plural
// ("21 участник", "22 участника"), use "примерно"/"более чем", which keep its case.
const ruMany = (n: string) =>
  new Intl.PluralRules('ru').select(Number(n.replace(/\s/g, '').replace(',', '.'))) === 'many';

const ru: Messages = {
  loading: 'Загрузка…',
  error: 'Не удалось показать этот материал.',
  details: 'Подробности',
  empty: 'Пока нечего показать.',
  learnMore: 'Подробнее',
  more: 'Показать ещё',
  shownOf: (n, total) => `Показано ${n} из ${total}`,
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
  // A year takes "года": "с 1997 года"; a full date already ends in "г.".
  since: (y) => (/^\d{4}$/.test(y) ? `с ${y} года` : `с ${y}`),
};

export default ru;
