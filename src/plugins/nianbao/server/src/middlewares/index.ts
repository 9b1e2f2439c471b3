/** Koa middlewares the app's config/middlewares.ts names as plugin::nianbao.<name>. */
import chineseErrors from './chinese-errors';
import databaseFaults from './database-faults';

export default { 'chinese-errors': chineseErrors, 'database-faults': databaseFaults };
