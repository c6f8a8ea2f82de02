/**
 * The agreement in four parts, as it reads and prints: each part names the fields it holds
 * (src/lib/stores/partnership.ts `agreementFields`), and its Edit opens those fields alone.
 */
export const agreementParts = [
  { id: 'who', title: 'Who we are', keys: ['mentee', 'mentor'] },
  { id: 'aims', title: 'What we will do', keys: ['purpose', 'roles'] },
  { id: 'how', title: 'How we work together', keys: ['meetings', 'confidentiality', 'feedback'] },
  { id: 'change', title: 'When things change', keys: ['conflicts', 'ending', 'review'] },
] as const;

export type AgreementPart = (typeof agreementParts)[number];
