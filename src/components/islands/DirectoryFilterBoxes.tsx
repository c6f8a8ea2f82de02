/**
 * The directory's filter boxes: one group per filter (help areas, specialty, format, language,
 * availability), each value with how many mentors have it. The directory keeps this element
 * while the counts, the choices and its readiness stay the same, so a keystroke in the search box
 * does not redraw every box.
 */
import type { Facets, FilterGroup, MentorFilters } from '~/lib/mentors/filter';
import { availabilityLabels, formatLabels, helpAreaLabels } from '~/lib/mentors/vocab';

export const filterGroupTitles: Record<FilterGroup, string> = {
  helpAreas: 'Help with',
  specialties: 'Specialty',
  formats: 'Format',
  languages: 'Language',
  availability: 'Availability',
};

/** Labels of the fixed vocabularies; specialties and languages are shown as written. */
const valueLabels: Partial<Record<FilterGroup, Record<string, string>>> = {
  helpAreas: helpAreaLabels,
  formats: formatLabels,
  availability: availabilityLabels,
};

export const labelOf = (group: FilterGroup, value: string) => valueLabels[group]?.[value] ?? value;

interface Props {
  facets: Facets;
  filters: MentorFilters;
  /** The boxes work once the index has loaded. */
  ready: boolean;
  toggle: (group: FilterGroup, value: string, on: boolean) => void;
}

export default function DirectoryFilterBoxes({ facets, filters, ready, toggle }: Props) {
  return (
    <>
      {(Object.keys(filterGroupTitles) as FilterGroup[]).map((group) => (
        <fieldset key={group}>
          <legend>{filterGroupTitles[group]}</legend>
          {facets[group].map(({ value, count }) => (
            <label class="choice" key={value}>
              <input
                type="checkbox"
                disabled={!ready}
                checked={(filters[group] as string[]).includes(value)}
                onChange={(e) => toggle(group, value, e.currentTarget.checked)}
              />
              <span>
                {labelOf(group, value)} <span class="muted">({count})</span>
              </span>
            </label>
          ))}
        </fieldset>
      ))}
    </>
  );
}
