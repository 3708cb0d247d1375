import type { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { JsonLogger } from './logger';

/**
 * A background loop for an outbox table: runs a pass, and when the pass found nothing to do,
 * sleeps until `wake()` (called after a commit that queued work) or a one-second poll.
 * Stops cleanly with the application.
 */
export abstract class PollingWorker implements OnModuleInit, OnApplicationShutdown {
  private running = false;
  private wakeUp?: () => void;
  private loop?: Promise<void>;

  protected abstract readonly workerName: string;
  protected abstract readonly log: JsonLogger;

  /** One pass; returns how many items it worked on (0 = idle, so sleep). */
  protected abstract pass(): Promise<number>;

  onModuleInit(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }

  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let worked = 0;
      try {
        worked = await this.pass();
      } catch (err) {
        this.log.event('warn', `${this.workerName} pass failed`, { error: (err as Error).name });
      }
      if (!this.running) break;
      if (worked === 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 1000);
          this.wakeUp = () => { clearTimeout(timer); resolve(); };
        });
        this.wakeUp = undefined;
      }
    }
  }
}
