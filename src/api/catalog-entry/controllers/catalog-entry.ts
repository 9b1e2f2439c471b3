import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::catalog-entry.catalog-entry');
