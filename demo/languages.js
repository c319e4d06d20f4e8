// The news page's six languages: each one's language tag on the page (`tag`, else its code), writing direction, and the page's words that cannot live in its
// `.t` blocks (the document's title and description, the language list's name, the theme menu's options).
// news.js sets them when a reader switches; scripts/serve.mjs writes them into the page it sends for ?lang=.
export const LANGUAGES = {
  en: {
    // The publisher is Canadian: its English is en-CA ("October 7, 2024"), its French fr-CA; the widgets follow.
    tag: 'en-CA',
    dir: 'ltr',
    title: 'A new era of executive training between WIPO and Canada',
    description:
      'WIPO and the Canadian Intellectual Property Office signed an agreement on 7 October 2024 and held a revamped executive training program for senior officials of IP offices.',
    languages: 'Language',
    theme: { auto: 'Auto', light: '☀ Light', dark: '☾ Dark' },
  },
  fr: {
    tag: 'fr-CA',
    dir: 'ltr',
    title: 'Une nouvelle ère pour la formation des cadres entre l’OMPI et le Canada',
    description:
      'L’OMPI et l’Office de la propriété intellectuelle du Canada ont signé un accord le 7 octobre 2024 et tenu un programme renouvelé de formation des cadres destiné aux hauts fonctionnaires des offices de propriété intellectuelle.',
    languages: 'Langue',
    theme: { auto: 'Automatique', light: '☀ Clair', dark: '☾ Sombre' },
  },
  es: {
    dir: 'ltr',
    title: 'Una nueva era para la formación ejecutiva entre la OMPI y el Canadá',
    description:
      'La OMPI y la Oficina de Propiedad Intelectual del Canadá firmaron un acuerdo el 7 de octubre de 2024 y celebraron un programa renovado de formación ejecutiva para altos funcionarios de oficinas de propiedad intelectual.',
    languages: 'Idioma',
    theme: { auto: 'Automático', light: '☀ Claro', dark: '☾ Oscuro' },
  },
  ru: {
    dir: 'ltr',
    title: 'Новая эра сотрудничества ВОИС и Канады в подготовке руководящих кадров',
    description:
      '7 октября 2024 года ВОИС и Канадское ведомство интеллектуальной собственности подписали соглашение и провели обновленную программу подготовки руководящих кадров для старших должностных лиц ведомств интеллектуальной собственности.',
    languages: 'Язык',
    theme: { auto: 'Автоматически', light: '☀ Светлая', dark: '☾ Темная' },
  },
  zh: {
    dir: 'ltr',
    title: '产权组织与加拿大开启高级管理人员培训新时代',
    description:
      '2024年10月7日，产权组织与加拿大知识产权局签署协议，并为发展中国家和最不发达国家知识产权局的高级官员举办了改进后的高级管理人员培训项目。',
    languages: '语言',
    theme: { auto: '自动', light: '☀ 浅色', dark: '☾ 深色' },
  },
  ar: {
    dir: 'rtl',
    title: 'عهد جديد للتدريب التنفيذي بين الويبو وكندا',
    description:
      'وقّعت الويبو ومكتب كندا للملكية الفكرية اتفاقًا في 7 أكتوبر 2024، ونظّما برنامجًا مجدَّدًا للتدريب التنفيذي لكبار المسؤولين في مكاتب الملكية الفكرية.',
    languages: 'اللغة',
    theme: { auto: 'تلقائي', light: '☀ فاتح', dark: '☾ داكن' },
  },
};
