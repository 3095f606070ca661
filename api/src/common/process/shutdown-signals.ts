/**
 * The signals that shut the API down gracefully (Nest's shutdown hooks: close the HTTP server,
 * give running export jobs back to the queue, release database connections).
 *
 * Named explicitly because Nest's default is every signal it knows, SIGUSR2 among them: then
 * `kill -USR2` (the memory report, see memory-report.ts) closed the app and re-sent itself the
 * signal, i.e. asking for the heap size killed the server.
 */
export const SHUTDOWN_SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT', 'SIGHUP'];
