export default () => ({
  'users-permissions': { config: { jwtSecret: 'test-jwt-secret' } },
});
