import type { Messages } from '../messages.js';

/** Chinese: loaded when a widget is shown in Chinese. */
// No space between a number and the measure word: "200多名学员", "近90个国家".
const tight = (s: string) => s.replace(/([\d多]) (?=\p{sc=Han})/gu, '$1');

const zh: Messages = {
  loading: '正在加载…',
  error: '无法显示此内容。',
  details: '详细信息',
  empty: '暂无内容。',
  learnMore: '了解更多',
  more: '显示更多',
  shownOf: (n, total) => `已显示 ${n} / ${total}`,
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

export default zh;
