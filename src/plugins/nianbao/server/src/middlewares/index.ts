/** Koa middlewares the app's config/middlewares.ts names as plugin::nianbao.<name>. */
import chineseErrors from './chinese-errors';

export default { 'chinese-errors': chineseErrors };
