import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::catalog-entry.catalog-entry');
