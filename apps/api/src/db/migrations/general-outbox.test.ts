import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../test/factories';
import { createSession } from '../../test/programme-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { GeneralOutbox1764800000300 } from './1764800000300-general-outbox';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('migration GeneralOutbox', () => {
  it('goes down and up again, moving the session between its column and the payload', async () => {
    const sessionId = await createSession(app);
    const user = await createUser(app, 'PARTICIPANT');
    await app.owner.query(
      `INSERT INTO notification_outbox (kind, confidentiality, recipient_user_id, payload)
       VALUES ('REGISTERED', 'PERSONAL', $1, jsonb_build_object('sessionId', $2::text, 'registrationId', 'r1'))`,
      [user.id, sessionId],
    );
    const migration = new GeneralOutbox1764800000300();
    const runner = app.owner.createQueryRunner();
    try {
      await migration.down(runner);
      expect(await app.owner.query(`SELECT session_id, payload FROM notification_outbox`)).toEqual([
        { session_id: sessionId, payload: { registrationId: 'r1' } },
      ]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await app.owner.query(`SELECT payload, confidentiality, message_id FROM notification_outbox`)).toEqual([
      { payload: { sessionId, registrationId: 'r1' }, confidentiality: 'PERSONAL', message_id: null },
    ]);
  });
});
