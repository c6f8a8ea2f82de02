import { describe, expect, test } from 'vitest';
import { aggregate } from '~/lib/evaluation/aggregate';
import { buildReport } from '~/lib/evaluation/report';
import { csvField, reportCsv } from '~/lib/evaluation/report-csv';
import { tableTest } from '../../support/table';
import { needs, response } from './responses';

describe('csvField', () => {
  tableTest('%j -> %j', csvField, [
    ['plain', 'plain'],
    [12.5, '12.5'],
    ['Goals, set', '"Goals, set"'],
    ['say "hi"', '"say ""hi"""'],
    ['=1+1', "'=1+1"],
    ['-cmd', "'-cmd"],
  ]);
});

test('every shown figure is in the CSV; every hidden one says "suppressed (<5)", never its value', () => {
  const many = (n: number, band: string, round: 'before' | 'end') =>
    Array.from({ length: n }, () =>
      response({
        round,
        assessments: [
          { instrument: 'mentoring-needs', framework: 'none', bands: { career: band } },
        ],
      }),
    );
  const responses = [
    ...many(9, 'strong-need', 'before'),
    ...many(3, 'met', 'before'),
    ...many(2, 'met', 'end'),
  ];
  const csv = reportCsv(
    buildReport(aggregate(responses, [needs]), 5, { instruments: [needs], statements: {} }),
  );
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'Figure,Kirkpatrick level,Row,Column,Count or median,Share of respondents (%),Lower quartile,Upper quartile',
  );
  expect(lines).toContain('Responses per round,,Responses,Before,12,,,');
  expect(lines).toContain('Responses per round,,Responses,End,suppressed (<5),,,');
  expect(lines).toContain('Responses per round,,Responses,All rounds,suppressed (<5),,,');
  expect(lines).toContain(
    'Mentoring needs — Career direction,2 Learning,Before,A strong need,suppressed (<5),,,',
  );
  expect(lines).toContain(
    'Mentoring needs — Career direction,2 Learning,Before,Met for now,suppressed (<5),,,',
  );
  expect(lines).toContain('Mentoring needs — Career direction,2 Learning,Before,Responses,12,,,');
  expect(lines).toContain('Mentoring needs — Career direction,2 Learning,Before,Some need,0,0,,');
  expect(lines.filter((l) => /,(3|2|14),/.test(l) || /,25,/.test(l))).toEqual([]);
});
