import * as migration_20261124_182205_initial from './20261124_182205_initial';

export const migrations = [
  {
    up: migration_20261124_182205_initial.up,
    down: migration_20261124_182205_initial.down,
    name: '20261124_182205_initial'
  },
];
