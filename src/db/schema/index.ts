// The one database schema, for PGlite and PostgreSQL alike. Migrations are generated from it (npm run db:generate).
export * from './accounts';
export * from './daily';
export * from './imports';
export * from './introductions';
export * from './mail';
export * from './matching';
export * from './people';
export * from './referrals';
export * from './vouch';
