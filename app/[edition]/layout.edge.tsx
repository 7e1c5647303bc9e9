// The edition's layout in the Worker: unknown editions are refused by getEdition (notFound), and
// no dynamicParams, which would hold for the on-demand routes below it.
import { EditionLayout, editionMetadata, editionParams } from './edition-layout'

export const generateStaticParams = editionParams
export const generateMetadata = editionMetadata
export default EditionLayout
