import * as migration_20261124_182205_initial from './20261124_182205_initial';
import * as migration_20261124_192537_search from './20261124_192537_search';

export const migrations = [
  {
    up: migration_20261124_182205_initial.up,
    down: migration_20261124_182205_initial.down,
    name: '20261124_182205_initial',
  },
  {
    up: migration_20261124_192537_search.up,
    down: migration_20261124_192537_search.down,
    name: '20261124_192537_search'
  },
];
