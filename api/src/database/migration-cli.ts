import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/env.js';
import { buildDataSourceOptions } from './data-source-options.js';
import { repositoryRoot } from '../common/paths.js';

/**
 * `npm run migration:generate|run|revert`. Works on both engines: without DATABASE_URL it uses
 * the embedded database in DATA_DIR, so generating a migration needs no server.
 */
async function main(command: string | undefined, name: string | undefined): Promise<void> {
  const config = loadConfig();
  const dataSource = new DataSource(buildDataSourceOptions(config.database));
  await dataSource.initialize();
  try {
    switch (command) {
      case 'run': {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.');
        break;
      }
      case 'revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        console.log('Reverted the last migration.');
        break;
      case 'generate':
        await generate(dataSource, name);
        break;
      default:
        console.error('Usage: migration-cli run | revert | generate <Name>');
        process.exitCode = 2;
    }
  } finally {
    await dataSource.destroy();
  }
}

async function generate(dataSource: DataSource, name: string | undefined): Promise<void> {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Give the migration a PascalCase name: npm run migration:generate -- AddParticipants');
  }
  await dataSource.runMigrations({ transaction: 'each' });
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    console.log('Entities and migrations agree: nothing to generate.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const render = (queries: typeof sql.upQueries) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`).join('\n');
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${render(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${render([...sql.downQueries].reverse())}
  }
}
`;
  const migrationsDir = path.join(repositoryRoot, 'migrations');
  const fileName = `${timestamp}-${name}`;
  writeFileSync(path.join(migrationsDir, `${fileName}.ts`), source);
  // Keep the explicit, ordered list in migrations/index.ts in step with the files.
  const indexPath = path.join(migrationsDir, 'index.ts');
  const index = readFileSync(indexPath, 'utf8')
    .replace('// <generated imports>', `import { ${className} } from './${fileName}.js';\n// <generated imports>`)
    .replace('  // <generated entries>', `  ${className},\n  // <generated entries>`);
  writeFileSync(indexPath, index);
  console.log(`Wrote migrations/${fileName}.ts`);
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
