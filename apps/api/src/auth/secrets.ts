import * as crypto from 'node:crypto';
import * as argon2 from 'argon2';

/**
 * Passwords are hashed with argon2id (OWASP: 19 MiB memory, 2 passes, 1 lane by default). The
 * native work runs on libuv's thread pool, so logins never block other requests.
 */
export function hashPassword(password: string, memoryKiB: number): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: memoryKiB, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false; // not an argon2 hash
  }
}

/** A random URL-safe token for e-mailed links and refresh tokens; only its hash is stored. */
export function newOpaqueToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}

