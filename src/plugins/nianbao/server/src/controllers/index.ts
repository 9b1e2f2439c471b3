import checks from './checks';
import views from './views';
import imports from './imports';
import schedule from './schedule';
import workflow from './workflow';
import members from './members';
import rollups from './rollups';
import statistics from './statistics';
import health from './health';

export default { checks, views, imports, schedule, workflow, members, rollups, statistics, health };
