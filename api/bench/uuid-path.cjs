// autocannon worker hook (worker threads load hooks by path, as CommonJS): gives every request
// its own client-made UUID wherever the path says [uuid].
const { randomUUID } = require('node:crypto');

module.exports = (request) => ({ ...request, path: request.path.replace('[uuid]', randomUUID()) });
