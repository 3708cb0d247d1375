import * as crypto from 'node:crypto';
import * as bcrypt from 'bcryptjs';

export const hashPassword = (password: string, rounds: number): Promise<string> => bcrypt.hash(password, rounds);
export const verifyPassword = (password: string, hash: string): Promise<boolean> => bcrypt.compare(password, hash);

/** A random URL-safe token for e-mailed links and refresh tokens; only its hash is stored. */
export function newOpaqueToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}

