import type { Area } from '../auth/utils/area-roles';

export interface NavItem {
  area: Area;
  path: string;
}

/** The app's main areas in menu order; who sees which follows AREA_ROLES. */
export const NAV_ITEMS: readonly NavItem[] = [
  { area: 'home', path: '/' },
  { area: 'participants', path: '/participants' },
  { area: 'surveys', path: '/tablet-start' },
  { area: 'instruments', path: '/instruments' },
  { area: 'coding', path: '/transcripts' },
  { area: 'analysis', path: '/analysis' },
  { area: 'findings', path: '/findings' },
  { area: 'benchmarks', path: '/benchmarks' },
  { area: 'exports', path: '/exports' },
  { area: 'users', path: '/users' },
  { area: 'audit', path: '/audit' },
];
