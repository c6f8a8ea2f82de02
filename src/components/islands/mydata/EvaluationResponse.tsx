/**
 * Makes the evaluation response file: the person chooses the round, reads a preview of exactly
 * what the file holds (every field in words, then the file itself), and saves it. The file is
 * built from this device's stores when asked (src/lib/stores/evaluation-response.ts) and never
 * stored or sent anywhere.
 */
import { useMemo, useState } from 'preact/hooks';
import { describeResponse, roundLabels } from '~/lib/evaluation/describe';
import { responseText } from '~/lib/evaluation/response';
import {
  evaluationResponseFileName,
  evaluationRounds,
  type EvaluationRound,
} from '~/lib/schemas/evaluation-response';
import { assessments, latestAttempts } from '~/lib/stores/assessments';
import { currentEvaluationResponse } from '~/lib/stores/evaluation-response';
import DownloadButton from '../ui/DownloadButton';
import StatusLine, { useStatus } from '../ui/StatusLine';
import Summary from '../ui/Summary';

interface Props {
  cohort: string;
  level: 3 | 4;
}

export default function EvaluationResponse({ cohort, level }: Props) {
  const [round, setRound] = useState<EvaluationRound | null>(null);
  const [status, say] = useStatus();
  const response = useMemo(
    () => (round ? currentEvaluationResponse(cohort, round) : null),
    [cohort, round],
  );
  const words = useMemo(
    () => response && describeResponse(response, latestAttempts(assessments.read())),
    [response],
  );
  const Heading = `h${level}` as 'h3';
  const text = response ? responseText(response) : '';

  return (
    <div class="evaluation-maker">
      <fieldset class="field">
        <legend>Which round is this for?</legend>
        <p class="small muted">Your program tells you which round it is collecting.</p>
        {evaluationRounds.map((r) => (
          <label class="choice" key={r}>
            <input
              type="radio"
              name="evaluation-round"
              value={r}
              checked={round === r}
              onChange={() => {
                say('');
                setRound(r);
              }}
            />{' '}
            {roundLabels[r]}
          </label>
        ))}
      </fieldset>
      {round && !response && (
        <p class="notice notice--error" role="alert">
          The file could not be made from what is stored here. Nothing was saved.
        </p>
      )}
      {response && words && (
        <>
          <Heading>What the file holds</Heading>
          <p>
            This is everything in the file, and nothing else. Names of areas and bands are shown
            here to help you read it; the file holds only their short ids, shown in brackets.
          </p>
          <Summary level={4} title="About the file" items={words.lines} />
          {words.assessments.length === 0 ? (
            <p>Self-assessments: none taken, so none in the file.</p>
          ) : (
            words.assessments.map((a) => (
              <Summary
                key={a.title}
                level={4}
                title={`Self-assessment: ${a.title}`}
                items={[{ label: 'Framework', value: a.framework }, ...a.areas]}
              />
            ))
          )}
          {words.checkIn.length === 0 ? (
            <p>Check-in: none yet, so none in the file.</p>
          ) : (
            <Summary level={4} title="Your latest check-in" items={words.checkIn} />
          )}
          <Summary level={4} title="Activity (counts only)" items={words.activity} />
          <p class="small">
            Never in the file: anything you wrote, names (yours, your mentor's, anyone's), who your
            mentor is, email addresses, days or times (only the month), or ids of your records.
          </p>
          <Heading>The file itself</Heading>
          <pre class="raw-file" aria-label="The file's contents, as saved">
            {text}
          </pre>
          <DownloadButton
            class="button"
            file={() => ({ name: evaluationResponseFileName(response), text })}
            onSaved={(name) =>
              say(
                `Saved as ${name}. Hand it in the way your program asked; it holds only what the preview showed.`,
              )
            }
          >
            Save the evaluation response
          </DownloadButton>
          <StatusLine message={status.text} tone={status.tone} />
        </>
      )}
    </div>
  );
}
