// Public entry of @polyphony/analysis: pure functions over plain data (no HTTP, no database, no UI).
export {};
