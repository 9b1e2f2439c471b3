import routes from './routes';
import checks from './controllers/checks';

export default {
  routes,
  controllers: { checks },
};
