/** What the course page's «Guardar para usar sin conexión» says, in Spanish, at each step. */
export const saveMessages = {
  progress: (done: number, total: number) => `${done} de ${total} ${total === 1 ? 'página' : 'páginas'}`,
  waiting: 'Guardando el curso en este dispositivo…',
  done: (total: number, usage: string | null) =>
    `Listo: las ${total} páginas del curso están guardadas en este dispositivo y funcionan sin conexión.` +
    (usage ? ` El portal ocupa ${usage} en este dispositivo.` : ''),
  offline: (done: number, total: number) =>
    `No hay conexión a internet. Quedaron guardadas ${done} de ${total} páginas y se conservan. Vuelva a intentarlo cuando tenga conexión.`,
  quota: (done: number, total: number) =>
    `No queda espacio libre en este dispositivo. Quedaron guardadas ${done} de ${total} páginas y se conservan. Libere espacio y vuelva a intentarlo.`,
  failed: (done: number, total: number) =>
    `No se pudo terminar de guardar. Quedaron guardadas ${done} de ${total} páginas y se conservan. Vuelva a intentarlo en unos minutos.`,
  retry: 'Volver a intentar',
} as const;
