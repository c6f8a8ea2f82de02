/**
 * Geometry of the mentoring constellation diagram: "You" in the middle, one sector per group
 * around it, each person a point in their group's sector. Pure numbers; the island draws them.
 * A crowded group shows its first people and a "+N more" point, so labels never pile up.
 */
import type { Contact, ContactGroup } from '../schemas/network';
import { groupContacts } from './groups';

export const SIZE = 400;
const CENTER = SIZE / 2;
/** People per group drawn before "+N more". */
export const MAX_PER_GROUP = 5;

export interface Point {
  x: number;
  y: number;
}

export interface SectorLayout {
  group: ContactGroup;
  /** Where the group's name goes, and which side of that point the text runs. */
  label: Point & { anchor: 'start' | 'middle' | 'end' };
  people: (Point & { id: string; name: string })[];
  /** How many more people the group has than are drawn. */
  more: number;
  morePoint: Point | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

function polar(angle: number, radius: number): Point {
  return {
    x: round(CENTER + radius * Math.cos(angle)),
    y: round(CENTER + radius * Math.sin(angle)),
  };
}

/** Labels on the left end at their point and labels on the right start there, away from names. */
function anchorAt(angle: number): 'start' | 'middle' | 'end' {
  const cos = Math.cos(angle);
  return cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
}

export function layoutConstellation(contacts: readonly Contact[]): SectorLayout[] {
  const grouped = groupContacts(contacts);
  const groups = Object.keys(grouped) as ContactGroup[];
  const span = (2 * Math.PI) / groups.length;
  return groups.map((group, g) => {
    // Sectors start at the top and go clockwise.
    const middle = -Math.PI / 2 + g * span;
    const list = grouped[group];
    const drawn = list.length > MAX_PER_GROUP ? list.slice(0, MAX_PER_GROUP - 1) : list;
    const slots = drawn.length + (list.length > drawn.length ? 1 : 0);
    const at = (i: number) => {
      const offset = slots === 1 ? 0 : (i / (slots - 1) - 0.5) * span * 0.7;
      // Alternate two rings so neighbors' labels do not touch.
      return polar(middle + offset, i % 2 === 0 ? 120 : 92);
    };
    return {
      group,
      label: { ...polar(middle, 185), anchor: anchorAt(middle) },
      people: drawn.map((c, i) => ({ ...at(i), id: c.id, name: c.name })),
      more: list.length - drawn.length,
      morePoint: list.length > drawn.length ? at(drawn.length) : null,
    };
  });
}
