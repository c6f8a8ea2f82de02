/**
 * The goal planner: SMART goals with steps, a progress log, templates, search, archive and
 * delete with undo, and calendar export. Three screens (all goals, one goal, a new goal) in
 * src/components/islands/plan; the plan and what is derived from it are stores
 * (src/lib/stores/plan*.ts), so this island only picks the screen and shows the notices.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $goals } from '~/lib/stores/plan-views';
import GoalList from './plan/GoalList';
import GoalView from './plan/GoalView';
import NewGoal from './plan/NewGoal';
import type { DomainOption, GuideIndex, TemplateOption } from './plan/types';
import StorageNotices from './StorageNotices';
import UndoNotice from './ui/UndoNotice';
import { useHydrated } from './useHydrated';

export type { DomainOption, TemplateOption } from './plan/types';

interface Props {
  templates: TemplateOption[];
  domains: DomainOption[];
  guides: GuideIndex;
  locale: string;
  myDataHref: string;
  /** Links to the partnership tools this site shows (a school can switch them off). */
  toolLinks: { label: string; href: string }[];
}

type Screen =
  { name: 'list' } | { name: 'goal'; id: string } | { name: 'new'; link: DomainOption | null };

export default function PlanApp({
  templates,
  domains,
  guides,
  locale,
  myDataHref,
  toolLinks,
}: Props) {
  const hydrated = useHydrated();
  const goals = useStore($goals);
  const [screen, setScreen] = useState<Screen>({ name: 'list' });
  const [message, setMessage] = useState('');

  // "Make this a goal" from assessment results: /plan/?instrument=...&domain=... Read after
  // hydration (the server renders the list), and once: `domains` never changes.
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    if (!params.has('instrument')) return;
    const link = domains.find(
      (d) => d.instrument === params.get('instrument') && d.domain === params.get('domain'),
    );
    if (link) setScreen({ name: 'new', link });
    // Once handled, drop the parameters so a reload shows the plan, not a new form.
    history.replaceState(null, '', location.pathname);
  }, [domains]);

  const list = () => setScreen({ name: 'list' });
  const open = screen.name === 'goal' ? goals.find((g) => g.id === screen.id) : undefined;

  return (
    <div class="tool planner">
      <StorageNotices locale={locale} myDataHref={myDataHref} nudge />
      <p class="notice notice--success" role="status">
        {message}
      </p>
      <UndoNotice />
      {screen.name === 'new' ? (
        <NewGoal
          templates={templates}
          link={screen.link}
          onSaved={(id, title) => {
            setScreen({ name: 'goal', id });
            setMessage(`Goal "${title}" saved.`);
          }}
          onCancel={list}
        />
      ) : open ? (
        <GoalView key={open.id} goal={open} guides={guides} locale={locale} onBack={list} />
      ) : (
        <GoalList
          hydrated={hydrated}
          locale={locale}
          toolLinks={toolLinks}
          onNew={() => setScreen({ name: 'new', link: null })}
          onOpen={(id) => setScreen({ name: 'goal', id })}
          onMessage={setMessage}
        />
      )}
    </div>
  );
}
