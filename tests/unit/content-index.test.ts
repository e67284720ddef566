/** The admin's index of slugs and references, built from the real content. */
import { describe, expect, it } from 'vitest';
import { indexedEntry, readContentFiles } from '../../scripts/check-content.ts';
import { collectionConfig } from '../../src/cms/config.ts';
import { buildContentIndex, deleteProblem, duplicateSlugProblem, entryOfPath, linkTargets, referencesOf, slugFor, type IndexedEntry } from '../../src/cms/content-index.ts';
import type { CollectionName } from '../../src/lib/schemas.ts';

const entries: IndexedEntry[] = readContentFiles('src/content').map(indexedEntry);
const index = buildContentIndex(entries, (collection) => collectionConfig(collection as CollectionName).fields);

describe('content index for the admin', () => {
  it('folds accents and drops punctuation as Decap does for file names', () => {
    expect(slugFor('Guía de prueba: cómo editar «bien»')).toBe('guia-de-prueba-como-editar-bien');
    expect(slugFor('GAD')).toBe('gad');
    expect(slugFor('  Ñandú — 2026…')).toBe('nandu-2026');
  });

  it('finds references in nested lists and objects (diagnostic resources, module quiz, practice municipio)', () => {
    const modulo = entries.find((e) => e.collection === 'modulos' && e.slug === 'capital-semilla')!;
    expect(referencesOf(collectionConfig('modulos').fields, modulo.data)).toContain('cuestionarios/modulo-10-capital-semilla');
    expect(index.referencedBy['buenas-practicas/duran-catastro-de-emprendimientos']).toEqual(
      expect.arrayContaining([expect.stringMatching(/^diagnostico\/gestion-movilidad-humana: /)]),
    );
    expect(index.referencedBy['municipios/quito']?.some((e) => e.startsWith('buenas-practicas/'))).toBe(true);
    // A results table's rows (edited in the table editor, not a Decap list) reference municipalities and notes.
    const table = entries.find((e) => e.collection === 'resultados' && e.slug === 'estudio-de-mercado-poblacion')!;
    expect(referencesOf(collectionConfig('resultados').fields, table.data)).toContain('notas/siete-de-cada-diez-63-y-60');
    expect(index.referencedBy['municipios/quito']?.some((e) => e.startsWith('resultados/funcionarios-sensibilizados'))).toBe(true);
  });

  it('refuses a taken slug and the deletion of an entry in use, naming who uses it', () => {
    expect(duplicateSlugProblem(index, 'glosario', 'gad', 'Término')).toMatch(/ya existe una entrada con la dirección «gad»/);
    expect(duplicateSlugProblem(index, 'glosario', 'termino-nuevo', 'Término')).toBeNull();
    expect(deleteProblem(index, 'cuestionarios', 'modulo-10-capital-semilla')).toMatch(/^No se puede eliminar ni retirar esta entrada: se usa en un lugar: modulos\/capital-semilla: /);
    expect(deleteProblem(index, 'glosario', 'bootcamp')).toBeNull();
  });

  it('counts a link to an entry\'s page or glossary anchor, in a body or any field, as a use of it', () => {
    expect(entryOfPath('/glosario/#xenofobia')).toBe('glosario/xenofobia');
    expect(entryOfPath('/aprende-trabaja-emprende/en-marcha-digital/activa-tu-negocio/guia-facilitador/')).toBe('modulos/activa-tu-negocio');
    expect(entryOfPath('/formacion-de-formadores/sesion-7-comunicacion/')).toBe('modulos/sesion-7-comunicacion');
    expect(entryOfPath('/resultados/')).toBeUndefined();
    expect(entryOfPath('/glosario/xenofobia/')).toBe('glosario/xenofobia');
    expect(entryOfPath('/resultados/#resultado-ocupacion-plena')).toBe('resultados/ocupacion-plena');
    expect(entryOfPath('/resultados/ocupacion-plena/')).toBe('resultados/ocupacion-plena');
    expect(entryOfPath('/resultados/datos/')).toBeUndefined();
    expect(linkTargets('la [xenofobia](/glosario/#xenofobia) y el [manual](/manuales/gestion-de-casos/).')).toEqual(['glosario/xenofobia', 'manuales/gestion-de-casos']);
    expect(linkTargets('https://example.org/manuales/x/ y 1/2')).toEqual([]);
    expect(index.referencedBy['glosario/xenofobia']).toEqual(
      expect.arrayContaining([expect.stringMatching(/^buenas-practicas\/duran-talleres-de-sensibilizacion: /), expect.stringMatching(/^campana\/mensajes-que-si-y-que-no: /)]),
    );
    expect(deleteProblem(index, 'glosario', 'xenofobia')).toMatch(/^No se puede eliminar ni retirar esta entrada: se usa en 13 lugares: /);
    expect(index.referencedBy['manuales/cuaderno-participantes']?.length).toBeGreaterThan(5);
  });

  it('counts the site\'s code as a user of the entries it takes by id', () => {
    expect(deleteProblem(index, 'notas', 'etapa-ii-tres-nombres')).toMatch(/se usa en un lugar: el código del sitio: la página de inicio .*con ayuda del equipo técnico/);
    expect(deleteProblem(index, 'resultados', 'certificacion-de-formadores')).toMatch(/el código del sitio: la página «Formación de formadores»/);
  });

  it('every reference points to an entry that exists (a dangling one would guard nothing)', () => {
    const dangling = Object.keys(index.referencedBy).filter((target) => {
      const [collection, slug] = target.split('/');
      return !index.slugs[collection]?.includes(slug);
    });
    expect(dangling).toEqual([]);
  });

  it('counts a «ver nota» link in a body as a use of the note, as much as a relation field', () => {
    expect(index.referencedBy['notas/site-dos-nombres']).toEqual(expect.arrayContaining([expect.stringMatching(/^manuales\/herramientas-digitales: /)]));
    expect(index.referencedBy['notas/tabla-de-buenas-practicas-rotulos']).toEqual(
      expect.arrayContaining([expect.stringMatching(/^buenas-practicas\/duran-talleres-de-sensibilizacion: /), expect.stringMatching(/^manuales\/modelo-de-gobernanza-inclusiva: /)]),
    );
  });
});
