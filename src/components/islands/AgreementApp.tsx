/**
 * The mentoring agreement builder: each part saved as it is written, and a printable
 * agreement with room for both signatures.
 */
import { useStore } from '@nanostores/preact';
import { agreement, agreementFields, setAgreementField } from '~/lib/stores/partnership';
import StorageNotices from './StorageNotices';

interface Props {
  locale: string;
  myDataHref: string;
}

export default function AgreementApp({ locale, myDataHref }: Props) {
  const value = useStore(agreement.$value);
  const date = (d: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(d)
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(`${d}T00:00:00Z`),
        )
      : d;

  return (
    <div class="tool agreement">
      <div class="no-print">
        <StorageNotices locale={locale} myDataHref={myDataHref} nudge />
        <form onSubmit={(e) => e.preventDefault()}>
          {agreementFields.map((field) => (
            <div class="field" key={field.key}>
              <label for={`agreement-${field.key}`}>{field.label}</label>
              <span class="hint" id={`agreement-${field.key}-help`}>
                {field.help}
              </span>
              {field.multiline ? (
                <textarea
                  id={`agreement-${field.key}`}
                  rows={3}
                  maxLength={5000}
                  aria-describedby={`agreement-${field.key}-help`}
                  value={value.fields[field.key] ?? ''}
                  onChange={(e) => setAgreementField(field.key, e.currentTarget.value)}
                />
              ) : (
                <input
                  id={`agreement-${field.key}`}
                  type={'type' in field ? field.type : 'text'}
                  aria-describedby={`agreement-${field.key}-help`}
                  value={value.fields[field.key] ?? ''}
                  onChange={(e) => setAgreementField(field.key, e.currentTarget.value)}
                />
              )}
            </div>
          ))}
          <p class="actions">
            <button type="button" class="button" onClick={() => print()}>
              Print the agreement
            </button>
          </p>
        </form>
      </div>
      <article class="agreement-sheet print-only" aria-label="Printable agreement">
        <h2>Mentoring agreement</h2>
        <dl>
          {agreementFields.map((field) => (
            <div key={field.key}>
              <dt>{field.label}</dt>
              <dd>{date(value.fields[field.key]?.trim() || '') || '—'}</dd>
            </div>
          ))}
        </dl>
        <div class="signatures">
          <p>Mentee signature and date</p>
          <p>Mentor signature and date</p>
        </div>
      </article>
    </div>
  );
}
