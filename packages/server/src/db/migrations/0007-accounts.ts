import { sql, type Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

/**
 * Accounts (issue 13):
 * - an account is unique per clinic and e-mail (was: per e-mail across every clinic), so no clinic
 *   can hold an e-mail against another and creating one says nothing about other clinics;
 * - the sign-in guard: failed guesses counted per e-mail (hashed), whether or not it has an
 *   account, in one atomic upsert; replaces `user.failed_logins` and `user.locked_until`;
 * - password resets get their own single-purpose token, apart from invites;
 * - every session ends: SQLite rebuilds the user table, and any session taken through the invite
 *   hole of issue 13 must not survive the upgrade.
 */
export function accounts(dialect: DialectName) {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await sql`delete from session`.execute(db);
      if (dialect === 'postgres') {
        await sql`alter table "user" drop constraint user_email_key`.execute(db);
        await s.alterTable('user').dropColumn('failed_logins').execute();
        await s.alterTable('user').dropColumn('locked_until').execute();
      } else {
        // SQLite cannot drop a column's unique constraint: rebuild the table.
        await sql`create table user_new (
          id text primary key, clinic_id text not null references clinic(id), email text not null,
          name text not null, role text not null, password_hash text, status text not null,
          created_at text not null)`.execute(db);
        await sql`insert into user_new select id, clinic_id, email, name, role, password_hash,
          status, created_at from "user"`.execute(db);
        await sql`drop table "user"`.execute(db);
        await sql`alter table user_new rename to "user"`.execute(db);
      }
      await s
        .createIndex('user_clinic_email_unique')
        .unique()
        .on('user')
        .columns(['clinic_id', 'email'])
        .execute();
      await s.createIndex('user_email').on('user').column('email').execute();
      await s
        .createTable('sign_in_guard')
        .addColumn('key_hash', 'text', (c) => c.primaryKey())
        .addColumn('guesses', 'integer', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .execute();
      await s
        .createTable('password_reset')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('clinic_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('expires_at', t.timestamp, (c) => c.notNull())
        .addColumn('used_at', t.timestamp)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
    },
  };
}
