/**
 * A saved record read before it is edited: a titled list of label/value pairs (a <dl>), with an
 * optional Edit button that opens only this part. Empty values (null, undefined, false, blank
 * text) are left out, so nothing is asked twice or shown as an empty box. Text values render as
 * text (never HTML), isolated (`dir="auto"`) and wrapped anywhere, so a 200-character link never
 * makes the page wider than a phone. Used by the planner, the network, meetings and the agreement.
 *
 *   <Summary title="Details" onEdit={edit} items={[{ label: 'Target date', value: date }]} />
 */
import type { ComponentChildren } from 'preact';

export interface SummaryItem {
  /** What the value is ("Target date"). */
  label: string;
  /** The value: text, or rendered parts (a list, a badge); empty values are skipped. */
  value: ComponentChildren;
}

interface Props {
  items: readonly SummaryItem[];
  /** The part's heading ("Details"); also names the Edit button ("Edit Details"). */
  title?: string | undefined;
  /** The heading level. Default: 3. */
  level?: 2 | 3 | 4 | undefined;
  /** Opens this part for editing; without it, no Edit button. */
  onEdit?: (() => void) | undefined;
  /**
   * The Edit button's whole text ("Add steps"). Default: "Edit", followed for screen readers by
   * the title ("Edit Details").
   */
  editLabel?: string | undefined;
  /** Shown when every value is empty (otherwise the list is left out). */
  empty?: string | undefined;
  /** Extra content after the list (a note, a link). */
  children?: ComponentChildren;
}

/** True for a value worth showing: not null, undefined, false or blank text. */
export function hasValue(value: ComponentChildren): boolean {
  if (value === null || value === undefined || value === false || value === true) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some((v: ComponentChildren) => hasValue(v));
  return true;
}

export default function Summary({
  items,
  title,
  level = 3,
  onEdit,
  editLabel,
  empty,
  children,
}: Props) {
  const shown = items.filter((item) => hasValue(item.value));
  const Heading = `h${level}` as 'h3';
  return (
    <div class="summary">
      {(title ?? onEdit) && (
        <div class="summary-head">
          {title && <Heading>{title}</Heading>}
          {onEdit && (
            <button type="button" class="button button--quiet button--small" onClick={onEdit}>
              {editLabel ?? 'Edit'}
              {!editLabel && title && <span class="visually-hidden"> {title}</span>}
            </button>
          )}
        </div>
      )}
      {shown.length > 0 ? (
        <dl>
          {shown.map((item) => (
            <div key={item.label}>
              <dt>{item.label}</dt>
              <dd dir="auto">{item.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        empty && <p class="muted">{empty}</p>
      )}
      {children}
    </div>
  );
}
