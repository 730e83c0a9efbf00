/**
 * Imported first by the bench: graphql-js decides at load time (`jsutils/instanceOf`) whether it
 * runs its development checks, and Apollo reads NODE_ENV for its defaults, so production mode
 * must be set before anything loads them, as `npm start` sets it for the server.
 */
process.env.NODE_ENV = 'production';
