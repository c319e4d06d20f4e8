import { useEffect, useRef, useState } from 'react';
import type { IpwFeed } from 'ip-program-widgets';
// React components for the elements; importing them registers every element, so the plain tags work too.
import { IpwProgramCard } from 'ip-program-widgets/react';
import { feed } from './feed';

export function App() {
  const source = useRef<IpwFeed>(null);
  const [loaded, setLoaded] = useState('loading');
  const [mounted, setMounted] = useState('');
  const [listed, setListed] = useState('');
  const [wrapped, setWrapped] = useState('');

  // An effect runs after the feed may already have loaded: `loaded` tells it either way.
  useEffect(() => {
    void source.current?.loaded.then(({ status, feed }) => setMounted(`${status}: ${feed?.programs.length} programs`));
  }, []);

  return (
    <main>
      <h1>Training programs</h1>
      <p id="loaded">{loaded}</p>
      <p id="mounted">{mounted}</p>
      <ipw-feed
        ref={source}
        src="wipo-cipo-2024.json"
        onipw-feed-load={(e) => setLoaded(`${e.detail.feed.programs.length} programs`)}
        onipw-feed-error={(e) => setLoaded(e.detail.error.message)}
      >
        <ipw-program-card program="wipo-cipo-executive-2024" heading-level={2}></ipw-program-card>
        <ipw-participant-badge stat="alumni"></ipw-participant-badge>
      </ipw-feed>

      <h2>From our own data</h2>
      <p id="listed">{listed}</p>
      <ipw-program-list
        feed={feed}
        organizer="cipo"
        sort="oldest"
        onipw-feed-load={(e) => setListed(`${e.detail.feed.programs.length} programs listed`)}
      ></ipw-program-list>

      <h2>With the React components</h2>
      <p id="wrapped">{wrapped}</p>
      <IpwProgramCard
        feed={feed}
        program="etp-2024"
        headingLevel={3}
        onFeedLoad={(e) => setWrapped(`${e.detail.feed.programs.length} programs in the component's feed`)}
        onError={(e) => setWrapped(e.detail.error.message)}
      />
    </main>
  );
}
