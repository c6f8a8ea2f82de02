/**
 * Geometry of the network diagram ("your network at a glance"): "You" in the middle, one sector
 * per group around it, each person a dot in their group's sector and the group's name (with how
 * many people it holds) outside the dots. Pure numbers; the island draws them. Names are not
 * drawn: at phone width they could not be read, and the table after the picture lists them.
 * A crowded group shows its first people and a "+N" point, so dots never pile up.
 *
 * Sized so that text of 20 units reads at 14 px or more where the picture is 288 px wide (a
 * 320 px phone), with every label inside the picture.
 */
import type { Contact, ContactGroup } from '../schemas/network';
import { groupContacts } from './groups';

export const SIZE = 400;
const CENTER = SIZE / 2;
/** Distance of a group's label from the middle. */
export const LABEL_RADIUS = 140;
/** People per group drawn before "+N". */
export const MAX_PER_GROUP = 5;

export interface Point {
  x: number;
  y: number;
}

export interface SectorLayout {
  group: ContactGroup;
  /** Where the group's name goes (its text is centred on that point). */
  label: Point & { anchor: 'middle' };
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
      const offset = slots === 1 ? 0 : (i / (slots - 1) - 0.5) * span * 0.6;
      // Alternate two rings so neighbouring dots do not touch.
      return polar(middle + offset, i % 2 === 0 ? 68 : 50);
    };
    return {
      group,
      label: { ...polar(middle, LABEL_RADIUS), anchor: 'middle' as const },
      people: drawn.map((c, i) => ({ ...at(i), id: c.id, name: c.name })),
      more: list.length - drawn.length,
      morePoint: list.length > drawn.length ? at(drawn.length) : null,
    };
  });
}
