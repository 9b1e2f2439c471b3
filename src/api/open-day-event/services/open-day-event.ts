import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::open-day-event.open-day-event');
