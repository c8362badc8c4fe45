import { transact } from '../db/transact.js';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password.js';
import { newId } from '../auth/tokens.js';
import type { Database, Role } from '../db/schema.js';

export interface NewUser {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly password: string;
}

/** Creates a clinic with its first users (the demo seed and tests use this; so will set-up). */
export async function createClinic(props: {
  db: Kysely<Database>;
  name: string;
  users: readonly NewUser[];
  now: Date;
}): Promise<{ clinicId: string; userIds: Record<string, string> }> {
  const clinicId = newId();
  const hashes = await Promise.all(props.users.map((u) => hashPassword(u.password)));
  const userIds: Record<string, string> = {};
  await transact(props.db, async (trx) => {
    await trx
      .insertInto('clinic')
      .values({ id: clinicId, name: props.name, created_at: props.now.toISOString() })
      .execute();
    for (const [i, u] of props.users.entries()) {
      const id = newId();
      userIds[u.email] = id;
      await trx
        .insertInto('user')
        .values({
          id,
          clinic_id: clinicId,
          email: u.email.toLowerCase(),
          name: u.name,
          role: u.role,
          password_hash: hashes[i] ?? null,
          status: 'active',
          created_at: props.now.toISOString(),
        })
        .execute();
    }
  });
  return { clinicId, userIds };
}
