import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::catalog-entry.catalog-entry');
