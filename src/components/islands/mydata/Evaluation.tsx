/**
 * "Evaluation for your program": a person makes an anonymous evaluation response for their
 * program (docs/evaluation-response.md). Without a cohort code in the configuration, it says
 * the program has not set up evaluation and offers nothing to save. The chooser, preview and
 * save (./EvaluationResponse) load on the first "Create". In My data it is its own island, last
 * on the page, rendered on the server and hydrated when scrolled to (like the mentor profile's
 * "Add to my network", its button works from then on; no store, so no hydration flag either:
 * that would split the hooks every island shares into two chunks); the check-in page shows it
 * after a check-in is saved.
 */
import { useState } from 'preact/hooks';
import StatusLine, { useStatus } from '../ui/StatusLine';
import { useLoaded } from '../ui/useLoaded';

interface Props {
  /** The program's cohort code (config `evaluation.cohort`); "" when evaluation is not set up. */
  cohort: string;
  /** The heading level: 2 in My data, 3 under a finished check-in. */
  level?: 2 | 3;
}

export default function Evaluation({ cohort, level = 2 }: Props) {
  const [open, setOpen] = useState(false);
  const [status, say] = useStatus();
  const Response = useLoaded(
    open,
    () => import('./EvaluationResponse'),
    () => say('This part could not be loaded. Reload the page and try again.', 'error'),
  );
  const Heading = `h${level}` as 'h2';
  return (
    <section aria-labelledby="evaluation-title" class="evaluation-response">
      <Heading id="evaluation-title">Evaluation for your program</Heading>
      {cohort === '' ? (
        <p>
          Your program has not set up evaluation on this site, so there is nothing to make here. If
          your program asks you for an evaluation response, tell them this site has no cohort code
          yet.
        </p>
      ) : (
        <>
          <p>
            Your program may ask for an anonymous summary to see whether mentoring works. You can
            make one here: a small file with your self-assessment bands, your latest check-in and
            how many goals and meetings you have, and nothing you wrote, no names and no dates. You
            see all of it before you save it, and you decide whether to hand it in.
          </p>
          {Response ? (
            <Response cohort={cohort} level={level === 2 ? 3 : 4} />
          ) : (
            <button type="button" class="button" aria-expanded={open} onClick={() => setOpen(true)}>
              Create an evaluation response
            </button>
          )}
          <StatusLine message={status.text} tone={status.tone} />
        </>
      )}
    </section>
  );
}
