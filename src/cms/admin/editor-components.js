/**
 * The MDX components editors can insert from the rich-text toolbar, as Decap editor components.
 * Shared by /admin/ (registered in cms-setup.js) and by the body check in Node, so both use the
 * same patterns. Each `toBlock` writes exactly what its `pattern` reads, so a block survives any
 * number of saves unchanged.
 */
export const EDITOR_COMPONENTS = [
  {
    id: 'callout',
    label: 'Recuadro',
    fields: [
      {
        name: 'type',
        label: 'Tipo',
        widget: 'select',
        options: [
          { label: 'Nota', value: 'nota' },
          { label: 'Consejo', value: 'consejo' },
          { label: 'Atención', value: 'aviso' },
        ],
      },
      { name: 'title', label: 'Título', widget: 'string' },
      { name: 'body', label: 'Texto', widget: 'text' },
    ],
    pattern: /^<Callout type="(nota|consejo|aviso)" title="([^"\n]*)">\n([\s\S]*?)\n<\/Callout>$/,
    fromBlock: (match) => ({ type: match[1], title: match[2], body: match[3] }),
    toBlock: ({ type = 'nota', title = '', body = '' }) => `<Callout type="${type}" title="${title}">\n${body}\n</Callout>`,
    toPreview: ({ type = 'nota', title = '', body = '' }) => `<aside class="callout callout--${type}"><p class="callout__title"><strong>${title}</strong></p><p>${body}</p></aside>`,
  },
  {
    id: 'figure',
    label: 'Imagen con leyenda',
    fields: [
      { name: 'src', label: 'Imagen', widget: 'image' },
      { name: 'alt', label: 'Texto alternativo', widget: 'string' },
      { name: 'caption', label: 'Leyenda', widget: 'string', required: false },
    ],
    pattern: /^<Figure src="([^"\n]*)" alt="([^"\n]*)"(?: caption="([^"\n]*)")? \/>$/,
    fromBlock: (match) => ({ src: match[1], alt: match[2], caption: match[3] ?? '' }),
    toBlock: ({ src = '', alt = '', caption = '' }) => `<Figure src="${src}" alt="${alt}"${caption ? ` caption="${caption}"` : ''} />`,
    // The upload is not served at its /imagenes/ path (the build resizes it): the preview asks Decap for it.
    toPreview: ({ src = '', alt = '', caption = '' }, getAsset, fields) => {
      const field = fields?.find?.((f) => f.get('widget') === 'image');
      const url = (typeof getAsset === 'function' && src && String(getAsset(src, field) ?? '')) || src;
      return `<figure><img src="${url}" alt="${alt}" />${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
    },
  },
];
