import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::open-day-event.open-day-event');
