import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import './preview.css';

// Controls and the argument table of every story come from the elements' JSDoc headers.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    layout: 'padded',
  },
};

export default preview;
