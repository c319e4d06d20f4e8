/** A feed as an app may get it from its own API, given to a widget as an object (`.feed`). */
export const feed = {
  version: 1,
  language: 'en',
  organizations: [
    { id: 'wipo', name: 'World Intellectual Property Organization', short: 'WIPO' },
    { id: 'cipo', name: 'Canadian Intellectual Property Office', short: 'CIPO' },
  ],
  programs: [
    {
      id: 'etp-2024',
      title: 'Executive Training Program',
      organizers: ['wipo', 'cipo'],
      start: '2024-10-07',
      end: '2024-10-11',
    },
    { id: 'etp-1997', title: 'Executive Program', organizers: ['cipo'], start: '1997' },
  ],
};
