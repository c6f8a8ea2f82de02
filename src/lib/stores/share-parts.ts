/**
 * What each store can share with a mentor, by store name: each option is a checkbox on the
 * brief's "What to send" (and My data's share form where the brief is off). Kept apart from the
 * store definitions, so the pages that only read and write data do not load the summaries;
 * data.ts, which only loads when a person shares, reads them here.
 */
import type { AnyShareDefinition } from '../storage/define';
import { assessmentsShare } from './assessments-share';
import { briefShare } from './brief-share';
import { networkShare } from './network-share';
import { agreementShare, meetingsShare } from './partnership-share';
import { planShare } from './plan-share';

export const shareParts: Readonly<Record<string, readonly AnyShareDefinition[]>> = {
  assessments: assessmentsShare,
  plan: planShare,
  agreement: agreementShare,
  meetings: meetingsShare,
  network: networkShare,
  brief: briefShare,
};
