import { SendError, type Delivery, type ReminderSender } from '../../src/reminders/scheduler.js';

/** Records what would have been sent; can be told to fail the next N sends, or to wait until released. */
export class RecordingSender implements ReminderSender {
  readonly sent: Delivery[] = [];
  /** When each send was tried (epoch ms), failed ones included. */
  readonly tries: number[] = [];
  failures = 0;
  permanent = false;
  gate: Promise<void> | undefined;

  async send(delivery: Delivery): Promise<void> {
    this.tries.push(Date.now());
    if (this.gate) await this.gate;
    if (this.failures > 0) {
      this.failures -= 1;
      throw new SendError('TWILIO_503', this.permanent);
    }
    this.sent.push(delivery);
  }
}
