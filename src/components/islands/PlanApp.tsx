/**
 * The goal planner: SMART goals with steps, a progress log, templates, search, archive and
 * delete with undo, and calendar export. Three screens (all goals, one goal, a new goal) in
 * src/components/islands/plan; the plan and what is derived from it are stores
 * (src/lib/stores/plan*.ts), so this island only picks the screen and shows the notices.
 *
 * The page starts with the list only: one goal and the new-goal form load when first opened
 * (precached for offline use like every script), which keeps the tool page within its
 * JavaScript budget.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { Goal } from '~/lib/schemas/plan';
import { $goals } from '~/lib/stores/plan-views';
import GoalList from './plan/GoalList';
import type GoalView from './plan/GoalView';
import type NewGoal from './plan/NewGoal';
import type { DomainOption, GoalSource, GuideIndex, TemplateOption } from './plan/types';
import StorageNotices from './StorageNotices';
import { useHydrated } from './useHydrated';
import { withBoundary } from './ui/ErrorBoundary';
import StatusLine, { useStatus } from './ui/StatusLine';

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
  | { name: 'list' }
  | { name: 'goal'; id: string; View: typeof GoalView }
  | { name: 'new'; link: GoalSource | null; View: typeof NewGoal };

const loadGoalView = () => import('./plan/GoalView').then((m) => m.default);
const goalScreen = (id: string): Promise<Screen> =>
  loadGoalView().then((View) => ({ name: 'goal', id, View }));
// The goal view loads alongside the form, so saving opens the new goal at once.
const newGoalScreen = (link: GoalSource | null): Promise<Screen> =>
  Promise.all([import('./plan/NewGoal'), loadGoalView()]).then(([m]) => ({
    name: 'new',
    link,
    View: m.default,
  }));
const loadFailed = 'This part of the planner could not be loaded. Reload the page and try again.';

function PlanApp({ templates, domains, guides, locale, myDataHref, toolLinks }: Props) {
  const hydrated = useHydrated();
  const goals = useStore($goals);
  const [screen, setScreen] = useState<Screen>({ name: 'list' });
  const [status, say] = useStatus();
  const setMessage = (text: string) => say(text);

  const show = (next: Promise<Screen>) => void next.then(setScreen, () => say(loadFailed, 'error'));

  // "Make this a goal" from assessment results: /plan/?instrument=...&domain=...&band=... Read
  // after hydration (the server renders the list), and once: `domains` never changes. Only an
  // area and a band the instruments have are used; anything else in the link is ignored.
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    if (!params.has('instrument')) return;
    const domain = domains.find(
      (d) => d.instrument === params.get('instrument') && d.domain === params.get('domain'),
    );
    const band =
      domain && Object.hasOwn(domain.bands, params.get('band') ?? '')
        ? (domain.bands[params.get('band') ?? ''] ?? null)
        : null;
    if (domain) {
      newGoalScreen({ ...domain, band }).then(setScreen, () => say(loadFailed, 'error'));
    }
    // Once handled, drop the parameters so a reload shows the plan, not a new form.
    history.replaceState(null, '', location.pathname);
  }, [domains, say]);

  const list = () => setScreen({ name: 'list' });
  const found = screen.name === 'goal' ? goals.find((g) => g.id === screen.id) : undefined;
  // The open goal as last seen: when another tab deletes it, it stays on screen (marked deleted),
  // so what was being typed in it is not thrown away.
  const [seen, setSeen] = useState<Goal>();
  useEffect(() => {
    if (found) setSeen(found);
  }, [found]);
  const open = found ?? (screen.name === 'goal' && seen?.id === screen.id ? seen : undefined);

  return (
    <div class="tool planner">
      <StorageNotices locale={locale} myDataHref={myDataHref} nudge />
      <StatusLine message={status.text} tone={status.tone} />
      {screen.name === 'new' ? (
        <screen.View
          templates={templates}
          link={screen.link}
          onSaved={(id, title, saved) => {
            show(goalScreen(id));
            if (saved) say(`Goal "${title}" saved.`);
            else say(`Goal "${title}" is not saved yet. See the notice above.`, 'error');
          }}
          onCancel={list}
        />
      ) : screen.name === 'goal' && open ? (
        <screen.View
          key={open.id}
          goal={open}
          deleted={!found}
          guides={guides}
          locale={locale}
          onBack={list}
          onOpen={(id) => show(goalScreen(id))}
        />
      ) : (
        <GoalList
          hydrated={hydrated}
          locale={locale}
          toolLinks={toolLinks}
          onNew={() => show(newGoalScreen(null))}
          onOpen={(id) => show(goalScreen(id))}
          onMessage={setMessage}
        />
      )}
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(PlanApp);
