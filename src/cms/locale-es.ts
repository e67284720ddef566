/**
 * The admin's Spanish: Decap's own Spanish locale plus the phrases it lacks (in decap-cms-locales
 * 3.8, 86 keys fall back to English, among them the date widget's «ahora», the list's «añadir», the
 * rich-text toolbar, image and file uploads). Registered by /admin/cms-setup.js before Decap starts.
 */
import es from 'decap-cms-locales/dist/esm/es/index.js';

type Phrases = { [key: string]: string | Phrases };

export const MISSING_SPANISH: Phrases = {
  auth: { loginWithAzure: 'Iniciar sesión con Azure', loginWithForgejo: 'Iniciar sesión con Forgejo' },
  collection: {
    sidebar: { allCollections: 'Todas las colecciones', searchIn: 'Buscar en' },
    collectionTop: {
      viewAsList: 'Ver como lista',
      viewAsGrid: 'Ver como cuadrícula',
      searchResults: 'Resultados de la búsqueda de «%{searchTerm}»',
      searchResultsInCollection: 'Resultados de la búsqueda de «%{searchTerm}» en %{collection}',
      filterBy: 'Filtrar por',
      groupBy: 'Agrupar por',
    },
    entries: { unpublishedHeader: 'Entradas sin publicar' },
    groups: { other: 'Otros', negateLabel: 'No %{label}' },
  },
  editor: {
    // %{widgetLabel} is the widget's code name («string»): src/cms/admin/admin-spanish.js turns it into Spanish.
    editorControl: { field: { widgetLabel: 'campo %{widgetLabel}' } },
    editorControlPane: {
      widget: { invalidPath: '«%{path}» no es una ruta válida', pathExists: 'La ruta «%{path}» ya existe' },
      i18n: {
        writingInLocale: 'Escribiendo en %{locale}',
        copyFromLocale: 'Copiar de otro idioma',
        copyFromLocaleConfirm: '¿Quiere copiar los datos del idioma %{locale}?\nSe reemplazará todo el contenido actual.',
      },
    },
    editorInterface: {
      toggleI18n: 'Mostrar u ocultar idiomas',
      togglePreview: 'Mostrar u ocultar la vista previa',
      toggleScrollSync: 'Sincronizar el desplazamiento',
      toggleNotes: 'Mostrar u ocultar notas',
    },
    editorNotesPane: {
      title: 'Notas',
      emptyState: 'Todavía no hay notas. Escriba la primera abajo para empezar a colaborar.',
      addNote: 'Añadir nota',
      addPlaceholder: 'Escriba una nota…',
      editPlaceholder: 'Edite su nota…',
      save: 'Guardar',
      cancel: 'Cancelar',
      edit: 'Editar',
      delete: 'Eliminar',
      resolve: 'Marcar como resuelta',
      unresolve: 'Marcar como pendiente',
      confirmDelete: '¿Seguro que quiere eliminar esta nota?',
      shortcut: 'Consejo: pulse Ctrl+Intro para añadir la nota',
    },
    editorToolbar: {
      statusInfoTooltipDraft: 'La entrada está en borrador. Para enviarla a revisión, cambie su estado a «En revisión».',
      statusInfoTooltipInReview: 'La entrada está en revisión; no hace falta nada más. Puede seguir haciendo cambios mientras se revisa.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Negrita',
        italic: 'Cursiva',
        strikethrough: 'Tachado',
        code: 'Código',
        link: 'Enlace',
        linkPrompt: 'Escriba la dirección (URL) del enlace',
        headings: 'Títulos',
        quote: 'Cita',
        bulletedList: 'Lista con viñetas',
        numberedList: 'Lista numerada',
        addComponent: 'Añadir componente',
        toggleMode: { rich: 'Cambiar a texto con formato', markdown: 'Cambiar a modo código' },
      },
      image: {
        chooseMultiple: 'Elegir imágenes',
        chooseUrl: 'Insertar desde una URL',
        replaceUrl: 'Reemplazar por una URL',
        promptUrl: 'Escriba la dirección (URL) de la imagen',
        addMore: 'Añadir más imágenes',
        removeAll: 'Quitar todas las imágenes',
      },
      file: {
        chooseUrl: 'Insertar desde una URL',
        chooseMultiple: 'Elegir archivos',
        replaceUrl: 'Reemplazar por una URL',
        promptUrl: 'Escriba la dirección (URL) del archivo',
        addMore: 'Añadir más archivos',
        removeAll: 'Quitar todos los archivos',
      },
      datetime: { setToNow: 'Poner la fecha de hoy' },
      list: { add: 'Añadir %{item}', addType: 'Añadir %{item}' },
      object: { expand: 'Desplegar', collapse: 'Plegar' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: { copy: 'Copiar', copyUrl: 'Copiar URL', copyPath: 'Copiar ruta', copyName: 'Copiar nombre', copied: 'Copiado' },
    mediaLibraryModal: { close: 'Cerrar' },
  },
  ui: {
    settingsDropdown: { account: 'Opciones de la cuenta' },
    toast: {
      noteAdded: 'Nota añadida',
      onFailToAddNote: 'No se pudo añadir la nota: %{details}',
      noteUpdated: 'Nota actualizada',
      onFailToUpdateNote: 'No se pudo actualizar la nota: %{details}',
      noteDeleted: 'Nota eliminada',
      onFailToDeleteNote: 'No se pudo eliminar la nota: %{details}',
      noteResolved: 'Nota resuelta',
      noteReopened: 'Nota reabierta',
      onFailToToggleNote: 'No se pudo cambiar el estado de la nota: %{details}',
      onLoggedOut: 'Se cerró la sesión. Guarde una copia de su trabajo y vuelva a iniciar sesión.',
      onBackendDown: 'El servicio de contenidos tiene una interrupción. Vea %{details} para más información.',
    },
  },
};

function merge(base: Phrases, extra: Phrases): Phrases {
  const result: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    result[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : (current ?? value);
  }
  return result;
}

/** Where Decap's Spanish says it in English or for a programmer: these win over Decap's own. */
export const SPANISH_OVERRIDES: Phrases = {
  editor: { editorWidgets: { markdown: { richText: 'Texto con formato', markdown: 'Modo código' } } },
  // Workflow cards: «7/12/2026», not dayjs's English month names («December 7»).
  workflow: { workflow: { dateFormat: 'D/M/YYYY' } },
};

/** Decap's Spanish with the missing phrases filled in, and the overrides above. */
export const SPANISH = merge(merge(SPANISH_OVERRIDES, es as Phrases), MISSING_SPANISH);
