import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What other parts must act on at once, inside the same transaction:
 * - `share-withdrawn`: the learner withdrew consent to share the profile with employers;
 * - `protected`: the identity became protected (skyddade personuppgifter);
 * - `erased`: an admin carried out an erasure.
 * In each case the learner must leave the candidate index and pending proposals must be withdrawn
 * (Step 4 subscribes). A listener that throws rolls the change back: nothing is half done.
 */
export type LearnerEvent = { type: 'share-withdrawn' | 'protected' | 'erased'; learnerId: string; tenantCode: string };
export type LearnerListener = (event: LearnerEvent, m: EntityManager) => Promise<void>;

@Injectable()
export class LearnerEvents {
  private readonly listeners = new Set<LearnerListener>();

  subscribe(listener: LearnerListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async emit(event: LearnerEvent, m: EntityManager): Promise<void> {
    for (const listener of this.listeners) await listener(event, m);
  }
}
