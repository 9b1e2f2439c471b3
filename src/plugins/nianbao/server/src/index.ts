/** The 公开年报 plugin: the product's server side, as Strapi loads it (strapi-server.js). */
import register from './register';
import bootstrap from './bootstrap';
import routes from './routes';
import controllers from './controllers';
import middlewares from './middlewares';
import services from './services';
import contentTypes from './content-types';
import policies from './policies';

export default { register, bootstrap, contentTypes, routes, controllers, middlewares, policies, services };
