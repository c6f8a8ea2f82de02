/**
 * The interface text in US English: every label of the site's frame (header, navigation,
 * footer, search, notices on every page) and of the pages around the tools. To translate,
 * copy this file to `<language>.ts`, translate each value (keep the keys) and register it in
 * `index.ts` (docs/translating.md). Values that are functions take a number or a name.
 * Plural forms are `{ one, other }` pairs, chosen with Intl.PluralRules; `{n}` is the number.
 */
const en = {
  skipLink: 'Skip to main content',
  header: {
    search: 'Search',
    menu: 'Menu',
    darkTheme: 'Dark theme',
    mainNav: 'Main',
    home: (site: string) => `${site}, home`,
  },
  nav: {
    guides: 'Guides',
    assessments: 'Assessments',
    plan: 'My plan',
    mentors: 'Mentors',
    network: 'Network',
    glossary: 'Glossary',
    myData: 'My data',
    about: 'About',
  },
  tools: {
    assessments: 'Self-assessments',
    plan: 'Goal planner',
    brief: 'Meeting brief',
    agreement: 'Mentoring agreement',
    meetings: 'Meeting log',
    mentors: 'Mentor directory',
    network: 'My network',
    'check-in': 'Mentorship check-in',
    'my-data': 'My data',
    evaluate: 'Evaluate your program',
  },
  /** The partnership tools under My plan: page description (meta) and the paragraph under the heading. */
  planTools: {
    brief: {
      description:
        'A one- or two-page brief for your next mentor meeting: your goals, progress since you last met, your latest results and your questions.',
      lead: 'Write your questions, pick what to bring, and send it to your mentor.',
      loading: 'Loading your goals…',
    },
    agreement: {
      description:
        'Build a mentoring agreement together: goals, roles, how you meet, confidentiality, feedback, and a no-fault way to end. Print it for both to sign.',
      lead: 'Agreeing early on what the mentorship is for and how it will work saves misunderstandings later. Fill this in together at your first or second meeting, print it, and review it on the date you choose. Each part is saved on this device as you write.',
      loading: 'Loading the agreement…',
    },
    meetings: {
      description:
        'Keep a log of your mentor meetings: agenda, notes and action items, which you can turn into goal steps. Private to your device.',
      lead: 'A few lines after each meeting keep the momentum: what you talked about, what you will do next. Turn an action item into a step of a goal with one tap.',
      loading: 'Loading your meetings…',
    },
  },
  app: {
    offline:
      'You are offline. Pages you have visited still work, and what you enter is saved on this device.',
    update: (site: string) => `A new version of ${site} is available.`,
    reload: 'Reload',
  },
  footer: {
    nav: 'Footer',
    promiseTitle: 'Your answers never leave your device.',
    promise: (site: string) => `Everything you write in ${site} stays in this browser.`,
    noTracking: 'There are no accounts, no tracking and no analytics.',
    about: 'About',
    privacy: 'Privacy',
    accessibility: 'Accessibility',
    contact: 'Questions about the mentorship program?',
    publishedBy: (organization: string) => `Published by ${organization}.`,
  },
  search: {
    title: 'Search',
    label: 'Search guides, tools and the glossary',
    close: 'Close',
    all: 'All',
    track: 'Track',
    audience: 'For',
    searching: 'Searching…',
    noResults: 'No results. Try another word.',
    closeMatches: {
      one: 'No exact matches. {n} close match:',
      other: 'No exact matches. {n} close matches:',
    },
    results: { one: '{n} result.', other: '{n} results.' },
    resultsOf: { one: '{n} result (of {total}).', other: '{n} results (of {total}).' },
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Try the guides or the home page.',
    heading: 'We could not find that page',
    lead: 'The link may be old, or the address may have a typo.',
    home: 'Go to the home page',
    guides: 'Browse all guides',
    glossary: 'Look up a word in the glossary',
  },
  guide: {
    facilitatorView: 'Facilitator view',
    facilitatorHint: 'Shows workshop notes and timings.',
    handbook: 'Handbook: the whole track on one page',
    sessionPlan: 'Session plan for facilitators',
  },
};

export default en;
