/** The moment generated archives are built "at": story dates count back from it. */
export const BENCH_BUILD_TIME = '2026-11-27T12:00:00Z'
