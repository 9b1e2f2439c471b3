import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::open-day-event.open-day-event');
