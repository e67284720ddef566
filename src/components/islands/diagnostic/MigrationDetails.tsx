import { CHANGES_HREF, migrationSentence } from '../../../lib/diagnostic/migrate.ts';
import type { StoredMigration } from '../../../lib/diagnostic/store.ts';

/**
 * Under a notice about work made with an earlier instrument version: for each assessment, the new
 * questions it has no answer for and the questions whose answers no longer apply, by name.
 */
export default function MigrationDetails({ migrations }: { migrations: StoredMigration[] }) {
  return (
    <div class="diagnostic__migration">
      {migrations.map(({ name, report }) => (
        <div key={name}>
          {migrations.length > 1 && <p>{migrationSentence(report, name)}</p>}
          {report.added.length > 0 && (
            <details>
              <summary>
                {report.added.length === 1 ? 'La pregunta nueva' : `Las ${report.added.length} preguntas nuevas`}, sin responder en «{name}»
              </summary>
              <ul>
                {report.added.map((question) => (
                  <li key={question.id}>{question.short}</li>
                ))}
              </ul>
            </details>
          )}
          {report.dropped.length > 0 && (
            <details>
              <summary>
                {report.dropped.length === 1 ? 'La pregunta que ya no está' : `Las ${report.dropped.length} preguntas que ya no están`} (sus respuestas no
                se pasaron)
              </summary>
              <ul>
                {report.dropped.map((question) => (
                  <li key={question.id}>{question.short}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      ))}
      <p>
        <a href={CHANGES_HREF}>Qué cambió en cada versión del instrumento</a>
      </p>
    </div>
  );
}
