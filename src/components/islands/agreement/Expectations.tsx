/**
 * "Our expectations": the person's own answers (saved as they choose, a note when they leave
 * its box), their export as a file or a link, and opening the other person's file or link next
 * to their own. Theirs is shown read-only and never stored; the comparison loads when first
 * needed. Loaded when the expectations screen first opens.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { expectationTopics, type Topic } from '~/lib/expectations/topics';
import { expectationLimits, expectationRoles } from '~/lib/schemas/expectations';
import type { ExpectationsFile } from '~/lib/schemas/expectations-file';
import { expectations } from '~/lib/stores/expectations';
import { expectationActions } from '~/lib/stores/expectations-actions';
import {
  EXPECTATIONS_FILE_LIMIT,
  expectationsFileName,
  expectationsFileText,
  expectationsFragment,
  readExpectationsFile,
  readExpectationsLink,
} from '~/lib/stores/expectations-exchange';
import Choice from '../ui/Choice';
import DownloadButton from '../ui/DownloadButton';
import StatusLine, { useStatus } from '../ui/StatusLine';
import TextField from '../ui/TextField';
import { useLoaded } from '../ui/useLoaded';

interface Props {
  /** A link's fragment the page was opened with, to read at once; null for none. */
  fragment: string | null;
  /** Called once the link has been read: it is then taken out of the address bar. */
  onRead: () => void;
  onBack: () => void;
}

const notSaved = 'Not saved. See the notice at the top of the page.';
const roleLabels = { mentee: 'I am the mentee', mentor: 'I am the mentor' } as const;

export default function Expectations({ fragment, onRead, onBack }: Props) {
  const value = useStore(expectations.$value);
  const [status, say] = useStatus();
  const [openStatus, sayOpen] = useStatus();
  const [theirs, setTheirs] = useState<ExpectationsFile | null>(null);
  const [link, setLink] = useState('');
  const [pasted, setPasted] = useState('');
  const [notes, setNotes] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const Compare = useLoaded(
    theirs !== null,
    () => import('./ExpectationsCompare'),
    () => sayOpen('The comparison could not be loaded. Reload the page and try again.', 'error'),
  );

  const opened = (read: Awaited<ReturnType<typeof readExpectationsLink>>) => {
    if (!read.ok) return sayOpen(read.message, 'error');
    sayOpen('');
    setTheirs(read.file);
  };
  // The link the page opened with is read once, when the screen first shows.
  const first = useRef({ fragment, onRead, opened });
  useEffect(() => {
    heading.current?.focus();
    const { fragment: link, onRead: read, opened: show } = first.current;
    if (!link) return;
    void readExpectationsLink(link).then(show);
    // Theirs is shown, never kept: not in the address bar either, so a reload shows only yours.
    history.replaceState(history.state, '', location.pathname + location.search);
    read();
  }, []);

  const saved = (ok: boolean, text = 'Saved.') =>
    say(ok ? text : notSaved, ok ? 'success' : 'error');
  const choose = (topic: Topic, option: string) => {
    const current = value.answers[topic.id];
    const before = current?.choices ?? [];
    const choices = !topic.multiple
      ? [option]
      : before.includes(option)
        ? before.filter((c) => c !== option)
        : [...before, option];
    saved(
      expectationActions.answer(topic.id, choices, current?.note ?? ''),
      `Saved “${topic.title}”.`,
    );
  };
  const saveNote = (topic: Topic, text: string) => {
    const current = value.answers[topic.id];
    if (!current) return;
    const ok = expectationActions.answer(topic.id, current.choices, text);
    if (ok) setNotes(({ [topic.id]: _done, ...rest }) => rest);
    saved(ok, `Saved the note on “${topic.title}”.`);
  };

  const makeLink = async () => {
    const body = await expectationsFragment(value);
    if (!body) return say('Choose whether you are the mentee or the mentor first.', 'error');
    const url = new URL(location.href);
    url.hash = body;
    setLink(url.href);
    try {
      await navigator.clipboard.writeText(url.href);
      say('Copied the link. Send it to the other person; it holds only your expectations.');
    } catch {
      say('Select the link below and copy it.');
    }
  };
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > EXPECTATIONS_FILE_LIMIT) {
      return sayOpen(
        'This file is too large to be an expectations file, so it was not opened. Nothing here has changed.',
        'error',
      );
    }
    opened(readExpectationsFile(await file.text()));
  };

  const exported = value.role ? expectationsFileText(value) : null;
  return (
    <section aria-labelledby="expectations-title" class="expectations">
      <p class="no-print">
        <button type="button" class="button button--quiet button--small" onClick={onBack}>
          Back to the agreement
        </button>
      </p>
      <h2 id="expectations-title" ref={heading} tabIndex={-1}>
        Our expectations
      </h2>
      <p class="no-print">
        Each of you answers on your own device; then one sends their expectations to the other, as a
        file or a link, and you see side by side where you agree and where you differ. Nothing is
        sent to a server.
      </p>

      <div role="alert">
        {openStatus.text && openStatus.tone === 'error' && (
          <p class="notice notice--error">{openStatus.text}</p>
        )}
      </div>
      {theirs &&
        (Compare ? (
          <Compare theirs={theirs} onClose={() => setTheirs(null)} />
        ) : (
          <p class="muted">Loading the comparison…</p>
        ))}

      <div class="no-print">
        <h3>Your answers</h3>
        <fieldset class="field">
          <legend>Your role</legend>
          {expectationRoles.map((role) => (
            <Choice
              key={role}
              type="radio"
              name="expectations-role"
              value={role}
              checked={value.role === role}
              onChange={() => saved(expectationActions.setRole(role))}
            >
              {roleLabels[role]}
            </Choice>
          ))}
        </fieldset>
        <TextField
          id="expectations-name"
          label="Your first name (optional)"
          hint="Only if you want it in the file or link you send. Leave it empty to send none."
          maxLength={expectationLimits.firstName}
          value={notes['first-name'] ?? value.firstName}
          onInput={(text) => setNotes((n) => ({ ...n, 'first-name': text }))}
          onChange={(text) => {
            saved(expectationActions.setFirstName(text));
            setNotes(({ 'first-name': _done, ...rest }) => rest);
          }}
          noAutocomplete
        />
        {expectationTopics.map((topic) => {
          const answer = value.answers[topic.id];
          return (
            <fieldset key={topic.id} class="field" id={`expect-${topic.id}`}>
              <legend>
                {topic.title}: {topic.question}
              </legend>
              {topic.hint && <p class="hint muted small">{topic.hint}</p>}
              {topic.options.map((option) => (
                <Choice
                  key={option.id}
                  type={topic.multiple ? 'checkbox' : 'radio'}
                  name={`expect-${topic.id}`}
                  value={option.id}
                  checked={answer?.choices.includes(option.id) ?? false}
                  onChange={() => choose(topic, option.id)}
                >
                  {option.label}
                </Choice>
              ))}
              {answer && (
                <TextField
                  id={`expect-${topic.id}-note`}
                  label={`Note on “${topic.title}” (optional)`}
                  hint={
                    topic.notePrivate ? 'Stays on this device: never in a file or link.' : undefined
                  }
                  maxLength={expectationLimits.note}
                  value={notes[topic.id] ?? answer.note}
                  onInput={(text) => setNotes((n) => ({ ...n, [topic.id]: text }))}
                  onChange={(text) => saveNote(topic, text)}
                />
              )}
            </fieldset>
          );
        })}
        <StatusLine message={status.text} tone={status.tone} />

        <h3>Send your expectations</h3>
        {exported ? (
          <>
            <p class="actions">
              <DownloadButton
                class="button"
                file={() => ({
                  name: expectationsFileName(value.role ?? 'mentee'),
                  text: exported,
                })}
                onSaved={(name) => say(`Saved ${name}. Send it to the other person.`)}
              >
                Download my expectations
              </DownloadButton>
              <button type="button" class="button button--quiet" onClick={() => void makeLink()}>
                Copy a link to my expectations
              </button>
            </p>
            {link && (
              <label class="field">
                <span>Link to your expectations</span>
                <input
                  type="text"
                  readOnly
                  value={link}
                  onFocus={(e) => e.currentTarget.select()}
                />
              </label>
            )}
            <p class="muted small">
              The file and the link hold your role, your answers and your notes (not the note on
              what you work on), and your first name only if you typed one.
            </p>
          </>
        ) : (
          <p class="muted">Choose whether you are the mentee or the mentor to send yours.</p>
        )}

        <h3>Open theirs next to yours</h3>
        <p class="muted small">
          Theirs is only shown, never saved; nothing in your answers changes unless you choose “Use
          their answer” on a topic.
        </p>
        <label class="field">
          <span>Open their expectations file</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => void onFile(e.currentTarget)}
          />
        </label>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void readExpectationsLink(pasted).then(opened);
          }}
        >
          <TextField
            id="expectations-paste"
            label="Or paste their link"
            value={pasted}
            onInput={setPasted}
          />
          <p>
            <button type="submit" class="button button--quiet">
              Open their link
            </button>
          </p>
        </form>
      </div>
    </section>
  );
}
