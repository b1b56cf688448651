import * as migration_20261124_182205_initial from './20261124_182205_initial';
import * as migration_20261124_192537_search from './20261124_192537_search';
import * as migration_20261124_211929_patient_journey from './20261124_211929_patient_journey';
import * as migration_20261124_234159_government_side from './20261124_234159_government_side';

export const migrations = [
  {
    up: migration_20261124_182205_initial.up,
    down: migration_20261124_182205_initial.down,
    name: '20261124_182205_initial',
  },
  {
    up: migration_20261124_192537_search.up,
    down: migration_20261124_192537_search.down,
    name: '20261124_192537_search',
  },
  {
    up: migration_20261124_211929_patient_journey.up,
    down: migration_20261124_211929_patient_journey.down,
    name: '20261124_211929_patient_journey',
  },
  {
    up: migration_20261124_234159_government_side.up,
    down: migration_20261124_234159_government_side.down,
    name: '20261124_234159_government_side'
  },
];
