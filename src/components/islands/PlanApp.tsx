/**
 * The goal planner: SMART goals with steps, a progress log, templates, search, archive and
 * delete with undo, and "Add to calendar". Its screens (all goals; one goal read as a summary;
 * one part of it open for editing; a new goal) are entries in the browser history
 * (ui/useScreens), so the browser's Back and the in-page Back move between them and never leave
 * the planner unexpectedly. The plan and what is derived from it are stores
 * (src/lib/stores/plan*.ts), so this island only picks the screen and shows the notices.
 *
 * The page starts with the list only: one goal and the new-goal form load when first opened
 * (precached for offline use like every script), which keeps the tool page within its
 * JavaScript budget.
 */
import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Goal } from '~/lib/schemas/plan';
import { $goals } from '~/lib/stores/plan-views';
import GoalList from './plan/GoalList';
import type GoalView from './plan/GoalView';
import type { GoalPart } from './plan/GoalView';
import type NewGoal from './plan/NewGoal';
import type { DomainOption, GoalSource, GuideIndex, TemplateOption } from './plan/types';
import StorageNotices from './StorageNotices';
import { useHydrated } from './useHydrated';
import { withBoundary } from './ui/ErrorBoundary';
import StatusLine, { useStatus } from './ui/StatusLine';
import { useScreens } from './ui/useScreens';

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

/** A planner screen: plain data, kept in the history entry. */
type Screen =
  | { name: 'list' }
  | { name: 'goal'; id: string; part: GoalPart | null }
  | { name: 'new'; link: GoalSource | null };

/** The screens' code, loaded on first use. */
interface Views {
  Goal?: typeof GoalView;
  New?: typeof NewGoal;
}

const loadGoalView = () => import('./plan/GoalView').then((m) => ({ Goal: m.default }));
// The goal view loads alongside the form, so saving opens the new goal at once.
const loadNewGoal = () =>
  Promise.all([import('./plan/NewGoal'), loadGoalView()]).then(([m, views]) => ({
    New: m.default,
    ...views,
  }));
const loadFailed = 'This part of the planner could not be loaded. Reload the page and try again.';

function PlanApp({ templates, domains, guides, locale, myDataHref, toolLinks }: Props) {
  const hydrated = useHydrated();
  const goals = useStore($goals);
  const { screen, open, back, replace } = useScreens<Screen>({ name: 'list' }, 'plan');
  const [views, setViews] = useState<Views>({});
  const [status, say] = useStatus();
  const setMessage = (text: string) => say(text);

  /** Loads a screen's code (once), then shows it with `how` (a new history entry by default). */
  const go = useCallback(
    (next: Screen, how: (s: Screen) => void = open) => {
      if (next.name === 'list') return how(next);
      (next.name === 'new' ? loadNewGoal() : loadGoalView()).then(
        (loaded) => {
          setViews((v) => ({ ...v, ...loaded }));
          how(next);
        },
        () => say(loadFailed, 'error'),
      );
    },
    [open, say],
  );

  // A screen reached by the browser's Forward (or Back) before its code loaded: load it now.
  const missing = (screen.name === 'goal' && !views.Goal) || (screen.name === 'new' && !views.New);
  useEffect(() => {
    if (!missing) return;
    (screen.name === 'new' ? loadNewGoal() : loadGoalView()).then(
      (loaded) => setViews((v) => ({ ...v, ...loaded })),
      () => say(loadFailed, 'error'),
    );
  }, [missing, screen.name, say]);

  // "Make this a goal" from assessment results: /plan/?instrument=...&domain=...&band=... Read
  // after hydration (the server renders the list), and once: `domains` never changes. Only an
  // area and a band the instruments have are used; anything else in the link is ignored. The
  // form opens as a screen after the list, so Back from it shows the list.
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    if (!params.has('instrument')) return;
    // Once handled, drop the parameters so a reload shows the plan, not a new form.
    history.replaceState(history.state, '', location.pathname);
    const domain = domains.find(
      (d) => d.instrument === params.get('instrument') && d.domain === params.get('domain'),
    );
    const band =
      domain && Object.hasOwn(domain.bands, params.get('band') ?? '')
        ? (domain.bands[params.get('band') ?? ''] ?? null)
        : null;
    if (domain) go({ name: 'new', link: { ...domain, band } });
    // Once per page: `domains` is fixed and `go` only changes with the stable `open` and `say`.
  }, [domains, go]);

  const found = screen.name === 'goal' ? goals.find((g) => g.id === screen.id) : undefined;
  // The open goal as last seen: when another tab deletes it, it stays on screen (marked deleted),
  // so what was being typed in it is not thrown away.
  const [seen, setSeen] = useState<Goal>();
  useEffect(() => {
    if (found) setSeen(found);
  }, [found]);
  const shown = found ?? (screen.name === 'goal' && seen?.id === screen.id ? seen : undefined);

  return (
    <div class="tool planner">
      <StorageNotices locale={locale} myDataHref={myDataHref} nudge />
      <StatusLine message={status.text} tone={status.tone} />
      {screen.name === 'new' && views.New ? (
        <views.New
          templates={templates}
          link={screen.link}
          onSaved={(id, title, saved) => {
            // The form's entry becomes the goal's: Back from the new goal shows the list.
            go({ name: 'goal', id, part: null }, replace);
            if (saved) say(`Goal "${title}" saved.`);
            else say(`Goal "${title}" is not saved yet. See the notice above.`, 'error');
          }}
          onCancel={back}
        />
      ) : screen.name === 'goal' && shown && views.Goal ? (
        <views.Goal
          key={shown.id}
          goal={shown}
          part={screen.part}
          deleted={!found}
          guides={guides}
          locale={locale}
          onBack={back}
          onEdit={(part) => open({ name: 'goal', id: shown.id, part })}
          onOpen={(id) => go({ name: 'goal', id, part: null }, replace)}
          onMessage={say}
        />
      ) : screen.name === 'list' || !missing ? (
        <GoalList
          hydrated={hydrated}
          locale={locale}
          toolLinks={toolLinks}
          onNew={() => go({ name: 'new', link: null })}
          onOpen={(id) => go({ name: 'goal', id, part: null })}
          onMessage={setMessage}
        />
      ) : null}
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(PlanApp);
