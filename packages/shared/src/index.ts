export * from './roles';
export * from './errors';
export * from './error-reasons';
export * from './limits';
export * from './locales';
export * from './disclosure';
export * from './follow-up';
export * from './programme';
