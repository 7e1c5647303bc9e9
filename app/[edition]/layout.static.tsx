// The edition's layout in the export and the preview: only the published editions.
import { EditionLayout, editionMetadata, editionParams } from './edition-layout'

export const dynamicParams = false
export const generateStaticParams = editionParams
export const generateMetadata = editionMetadata
export default EditionLayout
