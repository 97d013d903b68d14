export type * from './import';
export type * from './geo';
export type * from './area';
export type * from './classification';
export type * from './layer';
export type * from './worker';
export type * from './incident';
export type * from './table';
