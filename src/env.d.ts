/** The school's brand colors as CSS, generated from medmentor.config.ts (src/integrations/site-config.ts). */
declare module 'virtual:medmentor/brand.css';
