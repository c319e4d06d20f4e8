import type { Messages } from '../messages.js';

/** Spanish: loaded when a widget is shown in Spanish. */
const es: Messages = {
  loading: 'Cargando…',
  error: 'No se puede mostrar este contenido.',
  details: 'Detalles',
  empty: 'Todavía no hay nada que mostrar.',
  learnMore: 'Más información',
  more: 'Mostrar más',
  shownOf: (n, total) => `${n} de ${total} mostrados`,
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

export default es;
