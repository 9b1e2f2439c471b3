'use strict';
// The plugin's server is TypeScript compiled with the app (tsconfig.json), so it shares the app's
// single copy of @strapi/utils and the format module; this file points Strapi at that output.
module.exports = require('../../../dist/src/plugins/nianbao/server/src').default;
