/** Writes the Chinese field labels into the content manager's stored layouts at every boot. */
import type { Core } from '@strapi/strapi';
import { FIELD_LABELS, MAIN_FIELDS } from '../content-labels';

interface Metadata {
  edit?: Record<string, unknown>;
  list?: Record<string, unknown>;
}
interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: Record<string, unknown>;
}

export async function applyAdminLabels(strapi: Core.Strapi): Promise<void> {
  const cm = strapi.plugin('content-manager');
  for (const [uid, fields] of Object.entries(FIELD_LABELS)) {
    const isComponent = !uid.includes('::');
    const service = cm.service(isComponent ? 'components' : 'content-types');
    const model = isComponent ? strapi.components[uid as never] : strapi.contentTypes[uid as never];
    if (!model) continue;
    const config = (await service.findConfiguration(model)) as Configuration;
    const metadatas = { ...config.metadatas };
    for (const [field, { label, description }] of Object.entries(fields)) {
      const meta = metadatas[field];
      if (!meta) continue;
      metadatas[field] = {
        ...meta,
        edit: meta.edit && { ...meta.edit, label, ...(description ? { description } : {}) },
        list: meta.list && { ...meta.list, label },
      };
    }
    const settings = MAIN_FIELDS[uid] ? { ...config.settings, mainField: MAIN_FIELDS[uid] } : config.settings;
    await service.updateConfiguration(model, { settings, metadatas, layouts: config.layouts });
  }
}
