// The owner account `linchpin demo` creates when there is none yet (its help text names it too).
export const DEMO_EMAIL = 'demo@example.com';
export const DEMO_PASSWORD = 'linchpin-demo';
