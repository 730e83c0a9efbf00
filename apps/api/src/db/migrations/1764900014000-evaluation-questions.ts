import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The default set, for activities without their own: the two questions every evaluation asked so far. */
export const DEFAULT_OVERALL_QUESTION_ID = 'e7a1a5e0-0000-4000-8000-000000000001';
export const DEFAULT_COMMENT_QUESTION_ID = 'e7a1a5e0-0000-4000-8000-000000000002';

/**
 * A question set per learning activity (issue 11): scale and open questions, ordered, required or
 * not. Questions without an activity form the default set that activities without their own use.
 *
 * An evaluation (`evaluations`: session, user, when) now holds one answer per question
 * (`evaluation_answers`); the old rating and comment move into answers to the default set's two
 * questions, so every existing evaluation keeps its results.
 *
 * Results must never change meaning after the fact, so a question that has answers is locked: its
 * wording, kind and scale never change (a trigger refuses it; the service saves a changed wording as
 * a new question and retires the old one, `retired_at`), and it cannot be deleted (the answers'
 * foreign key). Order and `required` may change: they do not change what an answer meant. The
 * default set is never changed by the application. Answers are checked against their question
 * (kind, scale, same activity or the default set) by a trigger too.
 *
 * Like `evaluations`, these tables hold no scan data and carry no row-level security: the service
 * reads answers only as released aggregates (see the evaluation rules in @rode-draad/shared).
 */
export class EvaluationQuestions1764900014000 implements MigrationInterface {
  name = 'EvaluationQuestions1764900014000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evaluation_question_sets (
        activity_id uuid PRIMARY KEY REFERENCES learning_activities(id) ON DELETE CASCADE,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL REFERENCES users(id)
      )`);
    await q.query(`
      CREATE TABLE evaluation_questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid REFERENCES learning_activities(id) ON DELETE CASCADE,
        position smallint NOT NULL CHECK (position >= 0),
        kind text NOT NULL CHECK (kind IN ('SCALE', 'OPEN')),
        text text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 300),
        scale_max smallint CHECK (scale_max BETWEEN 2 AND 10),
        low_label text NOT NULL DEFAULT '' CHECK (length(low_label) <= 60),
        high_label text NOT NULL DEFAULT '' CHECK (length(high_label) <= 60),
        required boolean NOT NULL,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT evaluation_questions_scale CHECK ((kind = 'SCALE') = (scale_max IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX evaluation_questions_activity_idx ON evaluation_questions (activity_id, position) WHERE retired_at IS NULL`,
    );
    await q.query(
      `INSERT INTO evaluation_questions (id, activity_id, position, kind, text, scale_max, low_label, high_label, required)
       VALUES ($1, NULL, 0, 'SCALE', 'Hoe waardeer je deze bijeenkomst als geheel?', 5, 'Slecht', 'Uitstekend', true),
              ($2, NULL, 1, 'OPEN', 'Wat wil je ons nog meegeven?', NULL, '', '', false)`,
      [DEFAULT_OVERALL_QUESTION_ID, DEFAULT_COMMENT_QUESTION_ID],
    );

    await q.query(`
      CREATE TABLE evaluation_answers (
        evaluation_id uuid NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
        question_id uuid NOT NULL REFERENCES evaluation_questions(id),
        rating smallint CHECK (rating BETWEEN 1 AND 10),
        text text CHECK (length(btrim(text)) BETWEEN 1 AND 2000),
        PRIMARY KEY (evaluation_id, question_id),
        CONSTRAINT evaluation_answers_one_value CHECK ((rating IS NULL) <> (text IS NULL))
      )`);
    await q.query(`CREATE INDEX evaluation_answers_question_idx ON evaluation_answers (question_id)`);
    await q.query(
      `INSERT INTO evaluation_answers (evaluation_id, question_id, rating) SELECT id, $1, rating FROM evaluations`,
      [DEFAULT_OVERALL_QUESTION_ID],
    );
    await q.query(
      `INSERT INTO evaluation_answers (evaluation_id, question_id, text)
       SELECT id, $1, btrim(comment) FROM evaluations WHERE btrim(comment) <> ''`,
      [DEFAULT_COMMENT_QUESTION_ID],
    );
    await q.query(`ALTER TABLE evaluations DROP COLUMN rating, DROP COLUMN comment`);
    await q.query(`ALTER TABLE evaluations ADD COLUMN updated_at timestamptz`);
    await q.query(`UPDATE evaluations SET updated_at = created_at`);
    await q.query(
      `ALTER TABLE evaluations ALTER COLUMN updated_at SET NOT NULL, ALTER COLUMN updated_at SET DEFAULT now()`,
    );

    await q.query(`
      CREATE FUNCTION evaluation_questions_locked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.activity_id IS NULL THEN
          RAISE EXCEPTION 'the default evaluation questions are fixed' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'evaluation_questions_locked';
        END IF;
        IF TG_OP = 'UPDATE' AND (NEW.kind, NEW.text, NEW.scale_max, NEW.low_label, NEW.high_label, NEW.activity_id)
             IS DISTINCT FROM (OLD.kind, OLD.text, OLD.scale_max, OLD.low_label, OLD.high_label, OLD.activity_id)
           AND EXISTS (SELECT 1 FROM evaluation_answers WHERE question_id = OLD.id) THEN
          RAISE EXCEPTION 'question % has answers: its wording and scale are locked', OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'evaluation_questions_locked';
        END IF;
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER evaluation_questions_locked BEFORE UPDATE OR DELETE ON evaluation_questions
      FOR EACH ROW EXECUTE FUNCTION evaluation_questions_locked()`);

    await q.query(`
      CREATE FUNCTION evaluation_answers_fit() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        question evaluation_questions;
        session_activity uuid;
      BEGIN
        SELECT * INTO question FROM evaluation_questions WHERE id = NEW.question_id;
        SELECT s.activity_id INTO session_activity
          FROM evaluations e JOIN sessions s ON s.id = e.session_id WHERE e.id = NEW.evaluation_id;
        IF question.activity_id IS NOT NULL AND question.activity_id <> session_activity THEN
          RAISE EXCEPTION 'question % is not about this session''s activity', question.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'evaluation_answers_fit';
        END IF;
        IF (question.kind = 'SCALE') <> (NEW.rating IS NOT NULL) OR NEW.rating > question.scale_max THEN
          RAISE EXCEPTION 'answer does not fit question %', question.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'evaluation_answers_fit';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER evaluation_answers_fit BEFORE INSERT OR UPDATE ON evaluation_answers
      FOR EACH ROW EXECUTE FUNCTION evaluation_answers_fit()`);

    await q.query(`
      GRANT SELECT, INSERT, UPDATE ON evaluation_question_sets TO rode_draad_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON evaluation_questions TO rode_draad_app;
      GRANT SELECT, INSERT, DELETE ON evaluation_answers TO rode_draad_app;
      GRANT UPDATE (updated_at) ON evaluations TO rode_draad_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evaluations ADD COLUMN rating smallint, ADD COLUMN comment text NOT NULL DEFAULT ''`);
    await q.query(
      `UPDATE evaluations e SET rating = a.rating FROM evaluation_answers a WHERE a.evaluation_id = e.id AND a.question_id = $1`,
      [DEFAULT_OVERALL_QUESTION_ID],
    );
    await q.query(
      `UPDATE evaluations e SET comment = a.text FROM evaluation_answers a WHERE a.evaluation_id = e.id AND a.question_id = $1`,
      [DEFAULT_COMMENT_QUESTION_ID],
    );
    // Evaluations of custom sets have no default rating to go back to: the old table required one.
    await q.query(`DELETE FROM evaluations WHERE rating IS NULL`);
    await q.query(`
      ALTER TABLE evaluations ALTER COLUMN rating SET NOT NULL,
        ADD CONSTRAINT evaluations_rating_check CHECK (rating BETWEEN 1 AND 5),
        ADD CONSTRAINT evaluations_comment_check CHECK (length(comment) <= 2000),
        DROP COLUMN updated_at`);
    await q.query(`DROP TABLE evaluation_answers, evaluation_questions, evaluation_question_sets`);
    await q.query(`DROP FUNCTION evaluation_answers_fit(), evaluation_questions_locked()`);
  }
}
