/** What a person can do to their network: add, edit, log a contact, remove. */
import type { Contact } from '../schemas/network';
import { network } from './network';
import { newId } from '../id';
import { putBack } from './undo';

/** What "Add to my network" did: added, already there (nothing added), or could not save. */
export type AddFromDirectory =
  { status: 'added' | 'already'; id: string } | { status: 'not-saved' };

/** What a person types in the contact form. */
export type ContactInput = Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>;

function clean(input: ContactInput): ContactInput {
  return {
    name: input.name.trim().slice(0, 120),
    role: input.role.trim().slice(0, 200),
    group: input.group,
    howWeKnow: input.howWeKnow.slice(0, 1000),
    howTheyHelp: input.howTheyHelp.slice(0, 2000),
    howIHelp: input.howIHelp.slice(0, 2000),
    lastContact: input.lastContact || null,
    nextFollowUp: input.nextFollowUp || null,
    notes: input.notes.slice(0, 5000),
  };
}

/** A name as two people would be told apart: case and spacing aside. */
const sameName = (name: string) => name.toLocaleLowerCase('en-US').replace(/\s+/g, ' ').trim();

export const networkActions = {
  /** Adds a person; returns their id, or null when the name is blank or saving failed. */
  add(input: ContactInput, now = new Date()): string | null {
    const data = clean(input);
    if (!data.name) return null;
    const stamp = now.toISOString();
    const contact: Contact = { ...data, id: newId(), createdAt: stamp, updatedAt: stamp };
    return network.update((n) => ({ ...n, contacts: [...n.contacts, contact] }))
      ? contact.id
      : null;
  },
  /**
   * Adds a mentor from the directory (the contact filled from their profile, `mentorContact`),
   * unless someone of that name is already in the network: then nothing is added twice.
   */
  addFromDirectory(input: ContactInput, now = new Date()): AddFromDirectory {
    const name = sameName(input.name);
    const here = network.read().contacts.find((c) => sameName(c.name) === name);
    if (here) return { status: 'already', id: here.id };
    const id = networkActions.add(input, now);
    return id ? { status: 'added', id } : { status: 'not-saved' };
  },
  update(id: string, input: ContactInput, now = new Date()): boolean {
    const data = clean(input);
    if (!data.name) return false;
    return network.update((n) => ({
      ...n,
      contacts: n.contacts.map((c) =>
        c.id === id ? { ...c, ...data, updatedAt: now.toISOString() } : c,
      ),
    }));
  },
  /** Records a contact today and sets (or clears) the next follow-up. */
  logContact(id: string, date: string, nextFollowUp: string | null, now = new Date()): boolean {
    return network.update((n) => ({
      ...n,
      contacts: n.contacts.map((c) =>
        c.id === id ? { ...c, lastContact: date, nextFollowUp, updatedAt: now.toISOString() } : c,
      ),
    }));
  },
  /** Removes a person; returns a function that puts them back, or null when nothing changed. */
  remove(id: string): (() => boolean) | null {
    const removed: { contact: Contact | undefined; index: number } = {
      contact: undefined,
      index: -1,
    };
    const saved = network.update((n) => {
      removed.index = n.contacts.findIndex((c) => c.id === id);
      removed.contact = n.contacts[removed.index];
      return removed.contact ? { ...n, contacts: n.contacts.filter((c) => c.id !== id) } : n;
    });
    const { contact, index } = removed;
    if (!saved || !contact) return null;
    return putBack(network, 'contacts', contact, (contacts) => [
      ...contacts.slice(0, index),
      contact,
      ...contacts.slice(index),
    ]);
  },
};
