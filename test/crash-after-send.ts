// Run as a separate process by the delivery tests: delivers due outbox messages through a real SMTP
// server and kills itself (SIGKILL) the moment the server has accepted the first one, before the
// delivery is recorded: the worst moment for a crash.

import { loadMailSettings } from '../src/config';
import { openDatabase } from '../src/db/client';
import { deliverDue } from '../src/mail/delivery';
import { smtpTransport } from '../src/mail/transport';
import { systemClock } from '../src/shared/clock';
import { silentLogger } from '../src/shared/logger';

const [target, smtpUrl] = process.argv.slice(2);
const database = await openDatabase(JSON.parse(target!), { migrate: false });
const real = smtpTransport(smtpUrl!);
await deliverDue({
  db: database.db,
  clock: systemClock,
  log: silentLogger,
  settings: loadMailSettings({ SMTP_URL: smtpUrl }),
  transport: {
    kind: 'smtp',
    async send(row) {
      const response = await real.send(row);
      process.kill(process.pid, 'SIGKILL');
      return response;
    },
    close: () => real.close(),
  },
});
console.error('the transport should have killed this process');
process.exit(3);
