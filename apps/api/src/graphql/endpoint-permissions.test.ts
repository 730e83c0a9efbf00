import { describe, expect, it } from 'vitest';
import { collectEndpointRules } from './endpoint-permissions';

describe('endpoint permissions', () => {
  it('every query and mutation declares who may call it', async () => {
    const rules = await collectEndpointRules();
    expect(rules.filter((r) => r.rule === 'UNDECLARED' || r.rule === 'CONTRADICTORY')).toEqual([]);
  });

  // A change of access shows up in review as a change of this snapshot.
  it('matches the reviewed list', async () => {
    const rules = await collectEndpointRules();
    expect(rules.map((r) => `${r.endpoint}: ${r.rule}`).join('\n')).toMatchSnapshot();
  });
});
