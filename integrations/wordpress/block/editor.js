// The "Porting checklist" block in the editor: the element's options in the sidebar (from the Custom Elements
// Manifest, handed over by the plugin as window.portChecklistOptions) and a live preview of the real element.
// Plain JavaScript on WordPress's globals: no build step.
(function (wp) {
  const el = wp.element.createElement;
  const { __ } = wp.i18n;
  const { InspectorControls, MediaUpload, MediaUploadCheck, useBlockProps } = wp.blockEditor;
  const { Button, Notice, PanelBody, SelectControl, TextControl, TextareaControl, ToggleControl } =
    wp.components;
  const options = window.portChecklistOptions || [];

  /** The config's JSON error, or '' when it parses (or is empty). */
  function jsonError(text) {
    if (!text || !text.trim()) return '';
    try {
      const value = JSON.parse(text);
      return value && typeof value === 'object' && !Array.isArray(value)
        ? ''
        : __('The config must be a JSON object.', 'port-checklist');
    } catch (e) {
      return e.message;
    }
  }

  function control(option, attributes, setAttributes) {
    const value = attributes[option.name];
    const set = (next) => setAttributes({ [option.name]: next });
    const common = { key: option.name, label: option.label, help: option.help };
    if (option.kind === 'boolean') {
      return el(ToggleControl, { ...common, checked: !!value, onChange: set });
    }
    if (option.kind === 'enum') {
      const choices = [{ label: __('Default', 'port-checklist'), value: '' }].concat(
        option.values.map((v) => ({ label: v, value: v })),
      );
      return el(SelectControl, { ...common, value: value || '', options: choices, onChange: set });
    }
    if (option.kind === 'number') {
      return el(TextControl, {
        ...common,
        type: 'number',
        value: value === undefined ? '' : String(value),
        onChange: (next) => set(next === '' ? undefined : Number(next)),
      });
    }
    const field = el(TextControl, {
      ...common,
      type: option.kind === 'url' ? 'url' : 'text',
      value: value || '',
      onChange: (next) => set(next || undefined),
    });
    if (option.kind !== 'url') return field;
    // A config file from the media library sets the URL.
    return el(
      'div',
      { key: option.name },
      field,
      el(
        MediaUploadCheck,
        null,
        el(MediaUpload, {
          allowedTypes: ['application/json'],
          onSelect: (media) => set(media && media.url ? media.url : undefined),
          render: ({ open }) =>
            el(
              Button,
              { variant: 'secondary', onClick: open },
              __('Choose from the media library', 'port-checklist'),
            ),
        }),
      ),
    );
  }

  /** The element's attributes for the preview: the same options, the config as its `config` attribute. */
  function previewProps(attributes) {
    const props = { key: JSON.stringify(attributes) };
    for (const option of options) {
      const value = attributes[option.name];
      if (value === undefined || value === '' || value === false) continue;
      props[option.name] = value === true ? '' : String(value);
    }
    if (attributes.config && !jsonError(attributes.config)) props.config = attributes.config;
    // Progress ticked in the preview stays out of the visitors' storage.
    props.storage = 'none';
    return props;
  }

  wp.blocks.registerBlockType('port-checklist/checklist', {
    edit({ attributes, setAttributes }) {
      const error = jsonError(attributes.config);
      return el(
        'div',
        useBlockProps(),
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: __('Checklist options', 'port-checklist'), initialOpen: true },
            options.map((option) => control(option, attributes, setAttributes)),
          ),
          el(
            PanelBody,
            { title: __('Config (JSON)', 'port-checklist'), initialOpen: false },
            el(TextareaControl, {
              label: __('Config JSON', 'port-checklist'),
              help: __(
                'Leave empty for the bundled checklist, or give a config URL instead.',
                'port-checklist',
              ),
              value: attributes.config || '',
              rows: 12,
              onChange: (config) => setAttributes({ config }),
            }),
            error ? el(Notice, { status: 'error', isDismissible: false }, error) : null,
          ),
        ),
        el('port-checklist', previewProps(attributes)),
      );
    },
    save() {
      return null;
    },
  });
})(window.wp);
