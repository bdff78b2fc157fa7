import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument } from './read.ts';

// Invented: a co-facilitator moving the meeting on to the next question is a turn of their own, not
// the previous delegation's continuation.
const RECORD = `Informal summary of a thematic group meeting
Ms Leila Haddad, co-facilitator, opened the meeting and invited delegations to address the first guiding question.
The representative of Kenya stated that ransomware against hospitals is the most urgent threat.
Mr Tomas Lindqvist, co-facilitator, turned to the second guiding question on the points of contact directory.
The representative of India underlined that the directory should be tested regularly.`;

test('a co-facilitator who turns to the next question takes the floor', () => {
  const r = readDocument(RECORD, {
    chairs: [
      { name: 'Ms Leila Haddad', role: 'facilitator' },
      { name: 'Mr Tomas Lindqvist', role: 'facilitator' },
    ],
  });
  const speakers = r.statements.map((s) => s.speaker);
  assert.deepEqual(speakers, ['facilitator', 'KEN', 'facilitator', 'IND']);
});
