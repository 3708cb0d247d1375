import { ApiError, apiRequest } from './client';

/** An e-mail the demo mail catcher received instead of sending it on. */
export interface CaughtMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  /** ISO 8601 */
  receivedAt: string;
}

/**
 * The caught e-mails, or null when the product sends through a real SMTP server
 * (the API then answers 404).
 */
export async function listCaughtMails(): Promise<CaughtMail[] | null> {
  try {
    const body = await apiRequest<{ items: CaughtMail[] }>('/dev/mails');
    return body.items;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
