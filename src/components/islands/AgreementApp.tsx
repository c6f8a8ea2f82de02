/**
 * The mentoring agreement: once written, it reads as the agreement (as it prints, with room for
 * both signatures), in four parts, each with an Edit that opens that part alone; "Clear the
 * agreement" is undone from the notice. The form is a screen of its own in the browser history
 * (ui/useScreens), so Back returns to the agreement, and it loads when first opened.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { formatDay } from '~/lib/format';
import { agreement, agreementFields, clearAgreement, filled } from '~/lib/stores/partnership';
import { offerUndo } from '~/lib/stores/undo';
import { agreementParts } from './agreement/parts';
import StorageNotices from './StorageNotices';
import StatusLine, { useStatus } from './ui/StatusLine';
import Summary from './ui/Summary';
import { withBoundary } from './ui/ErrorBoundary';
import { useLoaded } from './ui/useLoaded';
import { useScreens } from './ui/useScreens';

interface Props {
  locale: string;
  myDataHref: string;
}

/**
 * The agreement, its form (every part, `null`, to start; or one part by id), or "Our
 * expectations" (agreement/Expectations.tsx, loaded when first opened).
 */
type Screen = { name: 'sheet' } | { name: 'edit'; part: string | null } | { name: 'expectations' };

/** An expectations link opens this page with `#expectations=…` (stores/expectations-exchange). */
const linkFragment = () =>
  location.hash.startsWith('#expectations=') ? location.hash.slice(1) : null;

const labelOf = (key: string) => agreementFields.find((f) => f.key === key)?.label ?? key;
const loadFailed = 'The form could not be loaded. Reload the page and try again.';

function AgreementApp({ locale, myDataHref }: Props) {
  const value = useStore(agreement.$value);
  const { screen, open, back } = useScreens<Screen>({ name: 'sheet' }, 'agreement');
  const [status, say] = useStatus();
  const [done, setDone] = useState<{ text: string; part: string | null } | null>(null);
  const onSheet = screen.name === 'sheet';
  // The form loads when a form screen first opens, also when the browser's Forward reopens one.
  const Form = useLoaded(
    screen.name === 'edit',
    () => import('./agreement/AgreementForm'),
    () => say(loadFailed, 'error'),
  );
  const Expectations = useLoaded(
    screen.name === 'expectations',
    () => import('./agreement/Expectations'),
    () => say(loadFailed, 'error'),
  );
  const written = Object.values(value.fields).some(filled);
  // Read once: a link the page was opened with goes straight to the comparison.
  const [fragment, setFragment] = useState(linkFragment);
  useEffect(() => {
    if (fragment) open({ name: 'expectations' });
  }, [fragment, open]);

  // Back on the agreement after a save: say so beside the actions, focus the part just saved.
  useEffect(() => {
    if (!onSheet || !done) return;
    say(done.text);
    setDone(null);
    const target = done.part
      ? document.querySelector<HTMLElement>(`#part-${done.part} .summary-head button`)
      : document.getElementById('agreement-title');
    target?.focus();
  }, [onSheet, done, say]);

  const edit = (part: string | null) => {
    say('');
    open({ name: 'edit', part });
  };
  // Starts a new agreement at once; the notice at the top offers to bring the old one back.
  const clear = () => {
    const undo = clearAgreement();
    say('');
    if (undo) {
      offerUndo({ message: 'Cleared the agreement.', restored: 'The agreement is back.', undo });
    }
    // After the re-render that shows the start button again.
    requestAnimationFrame(() => document.getElementById('start-agreement')?.focus());
  };
  const shown = (key: string) => {
    const text = value.fields[key]?.trim() ?? '';
    return key === 'review' ? formatDay(text, locale) : text;
  };
  const part = screen.name === 'edit' ? agreementParts.find((p) => p.id === screen.part) : null;

  return (
    <div class="tool agreement">
      <div class="no-print">
        <StorageNotices locale={locale} myDataHref={myDataHref} nudge />
      </div>
      <div hidden={!onSheet}>
        {!written && (
          <div class="no-print">
            <p>
              <button type="button" id="start-agreement" class="button" onClick={() => edit(null)}>
                Write the agreement
              </button>
            </p>
            <p>
              No agreement yet. Write it with your mentor, part by part: who you are, what you will
              work on, how you meet and give feedback, and how either of you can end it.
            </p>
          </div>
        )}
        <StatusLine message={status.text} tone={status.tone} />
        {written && (
          <>
            <article class="agreement-sheet" aria-labelledby="agreement-title">
              <h2 id="agreement-title" tabIndex={-1}>
                Mentoring agreement
              </h2>
              {agreementParts.map((p) => (
                <div key={p.id} id={`part-${p.id}`}>
                  <Summary
                    title={p.title}
                    onEdit={() => edit(p.id)}
                    empty="Not written yet."
                    items={p.keys.map((key) => ({ label: labelOf(key), value: shown(key) }))}
                  />
                </div>
              ))}
              <div class="print-only">
                <div class="signatures">
                  <p>Mentee signature and date</p>
                  <p>Mentor signature and date</p>
                </div>
              </div>
            </article>
            <p class="actions no-print">
              <button type="button" class="button" onClick={() => print()}>
                Print the agreement
              </button>
              <button type="button" class="button button--quiet" onClick={clear}>
                Clear the agreement
              </button>
            </p>
          </>
        )}
      </div>
      <section class="no-print" aria-labelledby="expectations-start" hidden={!onSheet}>
        <h2 id="expectations-start">Our expectations</h2>
        <p>
          Before you write the agreement, each of you can answer a few questions on your own device
          (how often you meet, replies, confidentiality, goals, feedback, ending it), then see your
          answers side by side.
        </p>
        <p>
          <button
            type="button"
            id="open-expectations"
            class="button button--quiet"
            onClick={() => {
              say('');
              open({ name: 'expectations' });
            }}
          >
            Answer and compare expectations
          </button>
        </p>
      </section>
      {screen.name === 'expectations' &&
        (Expectations ? (
          <Expectations fragment={fragment} onRead={() => setFragment(null)} onBack={back} />
        ) : (
          <p class="muted">Loading…</p>
        ))}
      {screen.name === 'edit' &&
        (Form ? (
          <Form
            key={part?.id ?? 'all'}
            part={part ?? null}
            onCancel={back}
            onSaved={(text) => {
              setDone({ text, part: part?.id ?? null });
              back();
            }}
          />
        ) : (
          <p class="muted">Loading the form…</p>
        ))}
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(AgreementApp);
